/**
 * What the schema of single records cannot see: keys and ids unique within the file, every record
 * belonging to the team or project of the file, and an export holding exactly what its scope says
 * (one team; for a project export exactly one project and what belongs to it).
 */
import { PROJECT_ROOT, TEAM_ROOT, TEAM_TABLES, rowKey } from '@/model'
import type { ExportDocument } from '../format'
import { fieldError } from './issues'

type Row = Record<string, unknown>
/** The tables a project export may carry: its team as a home, the project and its own records. */
const PROJECT_EXPORT_TABLES = new Set(['teams', 'projects', 'answers', 'stepStates', 'logbook', 'workshops'])

export function checkConsistency(doc: ExportDocument, raw: unknown): void {
  const data = doc.data as unknown as Record<string, Row[]>
  const fail = (path: (string | number)[], problem: Parameters<typeof fieldError>[2], max?: number) => {
    throw fieldError(raw, path, problem, max === undefined ? {} : { max })
  }

  // One team per file, and it is the exported one (or the home of the exported project).
  const [team] = doc.data.teams
  if (!team) fail(['data', TEAM_ROOT], 'missing')
  if (doc.scope === 'team' && team?.id !== doc.rootId) fail(['rootId'], 'unknown-reference')
  if (doc.scope === 'project') {
    if (doc.data.projects.length !== 1)
      fail(['data', PROJECT_ROOT], doc.data.projects.length ? 'too-many' : 'missing', 1)
    if (doc.data.projects[0]?.id !== doc.rootId) fail(['rootId'], 'unknown-reference')
  }

  // Keys unique per table, and ids unique across the file, so no two records can claim one id.
  const ids = new Set<string>()
  for (const table of TEAM_TABLES) {
    const keys = new Set<string>()
    data[table.name]?.forEach((row, i) => {
      const key = rowKey(table, row)
      if (keys.has(key)) fail(['data', table.name, i], 'duplicate')
      keys.add(key)
      if (typeof row.id === 'string') {
        if (ids.has(row.id)) fail(['data', table.name, i, 'id'], 'duplicate')
        ids.add(row.id)
      }
    })
  }
  doc.data.workshops.forEach((workshop, w) => {
    const itemIds = new Set<string>()
    workshop.items.forEach((item, i) => {
      if (itemIds.has(item.id)) fail(['data', 'workshops', w, 'items', i, 'id'], 'duplicate')
      itemIds.add(item.id)
    })
  })

  // Every record belongs to the team or a project of this file, as the registry declares.
  const known = { team: new Set([team?.id]), project: new Set(doc.data.projects.map((p) => p.id)) }
  for (const table of TEAM_TABLES) {
    if (table.name === TEAM_ROOT) continue
    data[table.name]?.forEach((row, i) => {
      if (doc.scope === 'project' && !PROJECT_EXPORT_TABLES.has(table.name))
        fail(['data', table.name, i], 'not-in-project')
      if (!known[table.owner].has(row[table.ownerField] as string)) {
        fail(['data', table.name, i, table.ownerField], 'unknown-reference')
      }
      if ('projectField' in table) {
        const projectId = row[table.projectField]
        if (doc.scope === 'project' && projectId !== doc.rootId)
          fail(['data', table.name, i, table.projectField], 'not-in-project')
        if (projectId !== null && !known.project.has(projectId as string)) {
          fail(['data', table.name, i, table.projectField], 'unknown-reference')
        }
      }
    })
  }
}
