import { describe, expect, it } from 'vitest'
import {
  FORMAT_VERSION,
  ImportError,
  MAX_IMPORT_BYTES,
  createExport,
  decodeText,
  encodeText,
  exportFileName,
  migrate,
  planImport,
  previewImport,
  readExport,
  sha256Hex,
  TEXT_PREFIX,
  type ExistingRecord,
} from '../../../src/lib/transfer'
import { sampleData } from './sample'

const teamDoc = () => createExport('team', 'team-1', sampleData(), '0.1.0', '2026-11-27T10:00:00.000Z')

async function rejection(input: string) {
  try {
    await readExport(input)
  } catch (err) {
    if (err instanceof ImportError) return { code: err.code, path: err.path, problem: err.problem }
    throw err
  }
  throw new Error('accepted')
}

describe('export format', () => {
  it('writes format, versions, time and scope, and reads its own JSON back unchanged', async () => {
    const doc = teamDoc()
    expect(doc).toMatchObject({
      format: 'handbuch-interaktiv-export',
      formatVersion: FORMAT_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-11-27T10:00:00.000Z',
      scope: 'team',
      rootId: 'team-1',
    })
    expect(await readExport(JSON.stringify(doc, null, 1))).toEqual(doc)
  })

  it('names files after scope, name and day, safe for every file system', () => {
    expect(exportFileName('team', 'Team Wärmeschutz / Süd', '2026-11-27T10:00:00Z')).toBe(
      'team-team-waermeschutz-sued-2026-11-27.json',
    )
    expect(exportFileName('project', '<img src=x>', '2026-11-27T10:00:00Z')).toBe(
      'projekt-img-src-x-2026-11-27.json',
    )
    expect(exportFileName('project', '???', '2026-11-27')).toBe('projekt-project-2026-11-27.json')
  })
})

describe('copy-paste text', () => {
  it('round-trips through compressed base64 with a SHA-256 checksum, ignoring line breaks', async () => {
    const json = JSON.stringify(teamDoc())
    const text = await encodeText(json)
    expect(text.startsWith(TEXT_PREFIX)).toBe(true)
    expect(text.length).toBeLessThan(json.length)
    const wrapped = text.replace(/(.{60})/g, '$1\n  ')
    expect(await decodeText(wrapped)).toBe(json)
    expect(await readExport(wrapped)).toEqual(teamDoc())
  })

  it('computes the standard SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('calls cut-off texts truncated and altered ones a checksum mismatch', async () => {
    const text = await encodeText(JSON.stringify(teamDoc()))
    expect(await rejection(text.slice(0, -10))).toMatchObject({ code: 'truncated' })
    expect(await rejection(text.slice(0, 80))).toMatchObject({ code: 'truncated' })
    const flipped = text.slice(0, -5) + (text.at(-5) === 'A' ? 'B' : 'A') + text.slice(-4)
    expect(await rejection(flipped)).toMatchObject({ code: 'checksum' })
    expect(await rejection(TEXT_PREFIX)).toMatchObject({ code: 'truncated' })
  })
})

describe('reading an import', () => {
  it('explains in plain codes what is wrong', async () => {
    expect(await rejection('hello')).toMatchObject({ code: 'not-export' })
    expect(await rejection('{"name":"something else"}')).toMatchObject({ code: 'not-export' })
    expect(await rejection(JSON.stringify(teamDoc()).slice(0, 200))).toMatchObject({ code: 'truncated' })
    expect(
      await rejection(JSON.stringify({ ...teamDoc(), formatVersion: FORMAT_VERSION + 1 })),
    ).toMatchObject({
      code: 'newer-format',
    })
    expect(await rejection(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ code: 'too-large' })
  })

  it('names the path of an invalid field', async () => {
    const doc = teamDoc()
    ;(doc.data.projects[1] as unknown as Record<string, unknown>).phase = 'zwei'
    expect(await rejection(JSON.stringify(doc))).toEqual({
      code: 'invalid-field',
      path: 'data.projects[1].phase',
      problem: 'not-number',
    })
    const missing = teamDoc() as unknown as { data: { logbook: Record<string, unknown>[] } }
    delete missing.data.logbook[0].text
    expect(await rejection(JSON.stringify(missing))).toMatchObject({
      path: 'data.logbook[0].text',
      problem: 'missing',
    })
  })

  it('refuses records that point outside the export, duplicates and prototype keys', async () => {
    const orphan = teamDoc()
    orphan.data.answers[0].projectId = 'elsewhere'
    expect(await rejection(JSON.stringify(orphan))).toMatchObject({
      path: 'data.answers[0].projectId',
      problem: 'unknown-reference',
    })
    const twice = teamDoc()
    twice.data.projects.push(twice.data.projects[0])
    expect(await rejection(JSON.stringify(twice))).toMatchObject({
      path: 'data.projects[2]',
      problem: 'duplicate',
    })
    const polluted = JSON.stringify(teamDoc()).replace('"items":', '"__proto__":{"admin":true},"items":')
    expect(await rejection(polluted)).toMatchObject({
      path: 'data.answers[1].value.__proto__',
      problem: 'forbidden-key',
    })
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('drops fields the app does not know, so nothing unchecked reaches the device', async () => {
    const doc = teamDoc()
    Object.assign(doc.data.workshops[0], { agenda: [{ methodId: 'check-in', minutes: 10 }] })
    Object.assign(doc.data.teams[0], { secret: 'x'.repeat(1000) })
    const read = await readExport(JSON.stringify(doc))
    expect(read.data.workshops[0]).not.toHaveProperty('agenda')
    expect(read.data.teams[0]).toEqual(sampleData().teams[0])
  })
})

describe('migrations', () => {
  it('apply every step from the document version up to the current one, in order', () => {
    const steps = {
      1: (doc: Record<string, unknown>) => ({ ...doc, trail: ['1→2'] }),
      2: (doc: Record<string, unknown>) => ({ ...doc, trail: [...((doc.trail as string[]) ?? []), '2→3'] }),
    }
    expect(migrate({ formatVersion: 1 }, 3, steps)).toEqual({ formatVersion: 3, trail: ['1→2', '2→3'] })
    expect(migrate({ formatVersion: 2 }, 3, steps)).toEqual({ formatVersion: 3, trail: ['2→3'] })
    expect(() => migrate({ formatVersion: 1 }, 3, {})).toThrow('No migration from export format 1')
  })

  it('read a format-1 file with its automatic logbook texts as events, each entry with its phase', async () => {
    const data = sampleData()
    const projectId = data.projects[0]!.id
    const entry = (id: string, kind: string, text: string, minute: number) => ({
      ...{ id, projectId, kind, text },
      createdAt: `2026-11-02T09:0${minute}:00.000Z`,
    })
    data.logbook = [
      entry('l-step', 'step-done', 'Step “Kick-off” done.', 1),
      entry('l-move', 'phase-changed', 'Weiter von Phase 1 in Phase 2: Konzeption.', 2),
      entry('l-odd', 'phase-changed', 'Irgendwie weiter', 3),
      entry('l-own', 'note', 'Raum buchen', 4),
    ] as unknown as typeof data.logbook
    const old = {
      ...createExport('team', 'team-1', data, '0.3.0', '2026-11-27T10:00:00.000Z'),
      formatVersion: 1,
    }
    const read = await readExport(JSON.stringify(old))
    expect(read.formatVersion).toBe(FORMAT_VERSION)
    expect(read.data.logbook).toEqual([
      { ...entry('l-step', 'step-done', '', 1), params: { stepTitle: 'Kick-off' }, phase: 1 },
      { ...entry('l-move', 'phase-changed', '', 2), params: { from: 1, to: 2 }, phase: 2 },
      // Not one of the app's sentences: kept as it was, nothing lost.
      { ...entry('l-odd', 'phase-changed', 'Irgendwie weiter', 3), phase: data.projects[0]!.phase },
      { ...entry('l-own', 'note', 'Raum buchen', 4), phase: data.projects[0]!.phase },
    ])
  })

  it('have a step for every released version below the current one', async () => {
    const { migrations } = await import('../../../src/lib/transfer')
    for (let v = 1; v < FORMAT_VERSION; v++) expect(migrations[v], `migration ${v}`).toBeTypeOf('function')
  })
})

/** A record of this device that matches a record of the import. */
function existing(table: ExistingRecord['table'], key: string, label: string, teamId: string, owner = '') {
  return { table, key, label, teamId, projectId: null, owner } satisfies ExistingRecord
}

describe('import plan', () => {
  it('previews counts, the team it replaces and records of others it would overwrite', () => {
    const doc = teamDoc()
    const team = existing('teams', 'team-1', 'Alt', 'team-1')
    const ownEntry = { ...existing('logbook', 'team-1-l1', 'Raum buchen', 'team-1'), projectId: 'team-1-p1' }
    const foreign = existing('workshops', 'team-1-w1', 'Fremder Workshop', 'team-9', 'Team Neun')
    const preview = previewImport(doc, { records: [team, ownEntry, foreign] })
    expect(preview).toMatchObject({
      scope: 'team',
      name: 'Team Wärmeschutz',
      counts: { projects: 2, workshops: 1 },
    })
    expect(preview.replaces).toEqual([team])
    // The team's own entry goes with the team; another team's workshop is listed on its own.
    expect(preview.overwrites).toEqual([foreign])
  })

  it('as a copy, gives everything new ids and keeps the links between records', () => {
    let n = 0
    const plan = planImport(teamDoc(), { records: [] }, 'copy', () => `new-${++n}`)
    const { data } = plan
    expect(plan.deleteTeams).toEqual([])
    const teamId = data.teams[0].id
    expect(teamId).toMatch(/^new-/)
    expect(data.projects.every((p) => p.teamId === teamId && p.id.startsWith('new-'))).toBe(true)
    const p1 = data.projects.find((p) => p.title === 'Digitale Terminvergabe')!.id
    expect(data.answers.every((a) => a.projectId === p1)).toBe(true)
    expect(data.logbook[0]).toMatchObject({ projectId: p1, text: 'Raum buchen' })
    expect(data.workshops[0]).toMatchObject({ teamId, projectId: p1 })
    expect(data.favourites[0].teamId).toBe(teamId)
  })

  it('replacing a team deletes it first; a project import keeps an existing team', () => {
    const local = { records: [existing('teams', 'team-1', 'Alt', 'team-1')] }
    expect(planImport(teamDoc(), local, 'replace', () => 'x').deleteTeams).toEqual(['team-1'])
    const data = sampleData()
    const projectDoc = createExport(
      'project',
      'team-1-p1',
      { ...data, projects: [data.projects[0]] },
      '0.1.0',
    )
    const project = { ...existing('projects', 'team-1-p1', 'Alt', 'team-1'), projectId: 'team-1-p1' }
    const plan = planImport(projectDoc, { records: [...local.records, project] }, 'replace', () => 'x')
    expect(plan).toMatchObject({ deleteTeams: [], deleteProjects: ['team-1-p1'], homeTeamId: 'team-1' })
    expect(plan.data.teams).toEqual([])
  })
})

describe('workshop links', () => {
  it('a copy keeps logbook entries captured in a workshop linked to the copied workshop', async () => {
    const doc = teamDoc()
    Object.assign(doc.data.logbook[0], { workshopId: 'team-1-w1', agendaItemId: 'item-1' })
    Object.assign(doc.data.workshops[0], {
      items: [{ id: 'item-1', kind: 'method', methodId: 'check-in', title: 'Check-in', minutes: 10 }],
    })
    const checked = await readExport(JSON.stringify(doc))
    let n = 0
    const { data } = planImport(checked, { records: [] }, 'copy', () => `new-${++n}`)
    expect(data.logbook[0]).toMatchObject({ workshopId: data.workshops[0].id, agendaItemId: 'item-1' })
    expect(data.logbook[0].id).not.toBe('team-1-l1')

    Object.assign(doc.data.workshops[0], { items: [{ id: 'item-1', kind: 'text', title: 42, minutes: 5 }] })
    expect(await rejection(JSON.stringify(doc))).toMatchObject({
      path: 'data.workshops[0].items[0].title',
      problem: 'not-text',
    })
  })
})
