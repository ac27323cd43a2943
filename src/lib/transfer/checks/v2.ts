/**
 * Format version 2 of the export (issue #17): version 1 with logbook entries that store automatic
 * events as a kind with parameters, their project's phase, and when the team last edited them.
 * Every other record is checked as in version 1. Released versions are never changed: a new version
 * gets its own file and a migration in `../migrations.ts`.
 */
import * as z from 'zod/mini'
import { MAX_OPEN_QUESTIONS, MAX_PHASES, type AutoLogbookKind } from '@/model'
import { LOGBOOK_KINDS } from '@/lib/logbook-events'
import { dateOrEmpty, id, line, long, name, rule, timestamp, whole } from './fields'
import { documentOf, recordSchemas as v1RecordSchemas, type HandbookFacts } from './v1'

export { ANY_HANDBOOK, type HandbookFacts } from './v1'

// Not checked against the handbook in use: an old entry may name a phase it no longer has.
const phase = whole(1, MAX_PHASES)

/**
 * What each kind of automatic entry records (see `LogbookEvent`). Entries from before format 2
 * name a step by its title, as their sentence did.
 */
const EVENT_PARAMS: Record<AutoLogbookKind, z.ZodMiniType> = {
  'step-done': z
    .object({ stepId: z.optional(id), stepTitle: z.optional(name) })
    .check(rule((p: { stepId?: string; stepTitle?: string }) => !!(p.stepId || p.stepTitle), 'missing')),
  'phase-changed': z.object({ from: phase, to: phase }),
  'moved-on-open': z
    .object({ to: z.optional(phase), stepId: z.optional(id), open: z.optional(whole(0, MAX_OPEN_QUESTIONS)) })
    .check(
      rule(
        (p: { to?: number; stepId?: string; open?: number }) =>
          p.to !== undefined || (p.stepId !== undefined && p.open !== undefined),
        'missing',
      ),
    ),
  'entry-check': z.object({ recommended: phase, chosen: phase }),
  'copied-from': z
    .object({ title: z.optional(name), sampleTitle: z.optional(name) })
    .check(rule((p: { title?: string; sampleTitle?: string }) => !!(p.title || p.sampleTitle), 'missing')),
}

const logbookEntry = z
  .object({
    id,
    projectId: id,
    kind: z.enum(LOGBOOK_KINDS as [string, ...string[]]),
    text: long,
    params: z.optional(z.unknown()),
    phase: z.optional(phase),
    owner: z.optional(line),
    due: z.optional(dateOrEmpty),
    done: z.optional(z.boolean()),
    workshopId: z.optional(id),
    agendaItemId: z.optional(id),
    createdAt: timestamp,
    updatedAt: z.optional(timestamp),
  })
  .check(
    z.superRefine((entry, ctx) => {
      if (entry.params === undefined) return
      const schema = EVENT_PARAMS[entry.kind as AutoLogbookKind]
      // The team's own entries have no event; parameters there are dropped like unknown fields.
      if (!schema) return void delete entry.params
      const result = z.safeParse(schema, entry.params)
      if (result.success) entry.params = result.data
      else
        for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['params', ...issue.path] })
    }),
  )

/** The schema of every record kind, by table. Answers and phases depend on the handbook. */
export function recordSchemas(handbook: HandbookFacts) {
  return { ...v1RecordSchemas(handbook), logbook: logbookEntry }
}

/** The whole document of format 2. */
export function documentSchema(handbook: HandbookFacts) {
  return documentOf(recordSchemas(handbook), 2)
}
