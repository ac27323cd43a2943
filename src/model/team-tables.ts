/**
 * The one declaration of every table that holds a team's data. Deleting a team or a project,
 * undoing that, exporting, importing and the import preview all walk this list, so a new table is
 * added here once and every one of them handles it. The order is the order of writing and checking:
 * a team before what belongs to it, a project before its answers.
 */
import type {
  Favourite,
  LogbookEntry,
  Member,
  MethodCollection,
  Project,
  StepAnswer,
  StepState,
  Team,
  Workshop,
} from './records'

export interface TeamTable {
  /** The table's name in the database and in export files. */
  name: string
  /**
   * Who a row belongs to: the team (`ownerField` holds the team's id) or one project of the team
   * (`ownerField` holds the project's id).
   */
  owner: 'team' | 'project'
  /** The field that holds the owner's id; for the team itself its own `id`. */
  ownerField: string
  /**
   * A team's row that may also belong to one of its projects (a workshop planned for a project): it
   * travels with an export of that project and is deleted with it.
   */
  projectField?: string
  /** The fields that make up the key of a row, as the database keys it. */
  key: readonly string[]
  /**
   * Fields that hold the id of another row of the same team, by the table they point to. An import
   * "as a copy" gives every row a new id and rewrites these fields to match.
   */
  refs: Readonly<Record<string, string>>
}

/** The two tables that are the roots of everything else: the team, and the projects in it. */
export const TEAM_ROOT = 'teams'
export const PROJECT_ROOT = 'projects'

export const TEAM_TABLES = [
  { name: 'teams', owner: 'team', ownerField: 'id', key: ['id'], refs: {} },
  { name: 'members', owner: 'team', ownerField: 'teamId', key: ['id'], refs: { teamId: 'teams' } },
  { name: 'projects', owner: 'team', ownerField: 'teamId', key: ['id'], refs: { teamId: 'teams' } },
  {
    name: 'answers',
    owner: 'project',
    ownerField: 'projectId',
    key: ['projectId', 'questionId'],
    refs: { projectId: 'projects' },
  },
  {
    name: 'stepStates',
    owner: 'project',
    ownerField: 'projectId',
    key: ['projectId', 'stepId'],
    refs: { projectId: 'projects' },
  },
  {
    name: 'logbook',
    owner: 'project',
    ownerField: 'projectId',
    key: ['id'],
    refs: { projectId: 'projects', workshopId: 'workshops' },
  },
  {
    name: 'favourites',
    owner: 'team',
    ownerField: 'teamId',
    key: ['teamId', 'methodId'],
    refs: { teamId: 'teams' },
  },
  { name: 'collections', owner: 'team', ownerField: 'teamId', key: ['id'], refs: { teamId: 'teams' } },
  {
    name: 'workshops',
    owner: 'team',
    ownerField: 'teamId',
    projectField: 'projectId',
    key: ['id'],
    refs: { teamId: 'teams', projectId: 'projects' },
  },
] as const satisfies readonly TeamTable[]

export type TeamTableName = (typeof TEAM_TABLES)[number]['name']

/** The record type of each team table. */
export interface TeamRecords {
  teams: Team
  members: Member
  projects: Project
  answers: StepAnswer
  stepStates: StepState
  logbook: LogbookEntry
  favourites: Favourite
  collections: MethodCollection
  workshops: Workshop
}

/** Every row of a team (or of one project), table by table: what export files carry. */
export type TeamData = { [K in TeamTableName]: TeamRecords[K][] }

/** The same for any registry, such as one with an extra table in a test. */
export type AnyTeamData = Record<string, Record<string, unknown>[]>

export function emptyTeamData(tables: readonly TeamTable[] = TEAM_TABLES): AnyTeamData {
  return Object.fromEntries(tables.map((t) => [t.name, []]))
}

/** A row's key as one string, for duplicate checks. */
export function rowKey(table: TeamTable, row: Record<string, unknown>): string {
  return table.key.map((field) => String(row[field])).join('\u0000')
}

/** The fields a person recognises a record by, in the order they are tried. */
const LABEL_FIELDS = ['name', 'title', 'text', 'questionId', 'stepId', 'methodId', 'id']

/** A record's name, title or the start of its text, on one line and at most `max` characters. */
export function recordLabel(row: unknown, max = 60): string {
  if (!row || typeof row !== 'object') return ''
  const found = LABEL_FIELDS.map((f) => (row as Record<string, unknown>)[f]).find(
    (v) => typeof v === 'string' && v.trim(),
  )
  const label =
    typeof found === 'string'
      ? found
          .slice(0, max * 2)
          .trim()
          .replace(/\s+/g, ' ')
      : ''
  return label.length > max ? `${label.slice(0, max - 1)}…` : label
}
