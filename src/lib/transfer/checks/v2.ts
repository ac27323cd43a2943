/**
 * Format version 2 of the export (issue #17): version 1 with logbook entries that store automatic
 * events as a kind with parameters, their project's phase, and when the team last edited them.
 * Every other record is checked as in version 1. Released versions are never changed: a new version
 * gets its own file and a migration in `../migrations.ts`.
 */
import * as z from 'zod/mini'
import { LIST_LIMITS, MAX_PHASES, RECORD_LIMITS } from '@/model'
import { LOGBOOK_KINDS } from '@/lib/logbook-events'
import { dateOrEmpty, id, line, long, rule, timestamp, whole } from './fields'
import { recordSchemas as v1RecordSchemas, type HandbookFacts } from './v1'

export { ANY_HANDBOOK, type HandbookFacts } from './v1'

const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max))

/** A step id, a phase number, a count or a title: what an event records. */
const params = z.record(id, z.union([line, whole(0, LIST_LIMITS.logbookParamNumber)])).check(
  rule((v: object) => Object.keys(v).length <= LIST_LIMITS.logbookParams, 'too-many', {
    min: 0,
    max: LIST_LIMITS.logbookParams,
  }),
)

const logbookEntry = z.object({
  id,
  projectId: id,
  kind: z.enum(LOGBOOK_KINDS as [string, ...string[]]),
  text: long,
  params: z.optional(params),
  // Not checked against the handbook in use: an old entry may name a phase it no longer has.
  phase: z.optional(whole(1, MAX_PHASES)),
  owner: z.optional(line),
  due: z.optional(dateOrEmpty),
  done: z.optional(z.boolean()),
  workshopId: z.optional(id),
  agendaItemId: z.optional(id),
  createdAt: timestamp,
  updatedAt: z.optional(timestamp),
})

/** The schema of every record kind, by table. Answers and phases depend on the handbook. */
export function recordSchemas(handbook: HandbookFacts) {
  return { ...v1RecordSchemas(handbook), logbook: logbookEntry }
}

/** The whole document: its head and every table, each within its record limit. */
export function documentSchema(handbook: HandbookFacts) {
  const records = recordSchemas(handbook)
  const table = <K extends keyof typeof records>(kind: K) =>
    list(records[kind], kind === 'teams' ? 1 : RECORD_LIMITS[kind as keyof typeof RECORD_LIMITS])
  return z.object({
    format: z.literal('handbuch-interaktiv-export'),
    formatVersion: z.literal(2),
    appVersion: z.string().check(z.minLength(1), z.maxLength(64)),
    exportedAt: timestamp,
    scope: z.enum(['team', 'project']),
    rootId: id,
    data: z.object({
      teams: table('teams'),
      members: table('members'),
      projects: table('projects'),
      answers: table('answers'),
      stepStates: table('stepStates'),
      logbook: table('logbook'),
      favourites: table('favourites'),
      collections: table('collections'),
      workshops: table('workshops'),
    }),
  })
}
