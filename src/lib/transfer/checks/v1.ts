/**
 * Format version 1 of the export, every field of every record: its type, its limits and, for
 * answers, the shape its question's type asks for. Unknown fields are dropped, so nothing the app
 * does not know ends up on the device. Released versions are never changed: a new version gets its
 * own file and a migration in `../migrations.ts`.
 */
import * as z from 'zod/mini'
import {
  LIST_LIMITS,
  MAX_ITEM_MINUTES,
  MAX_PARTICIPANTS,
  MAX_PHASES,
  RECORD_LIMITS,
  type TeamTableName,
} from '@/model'
import { answerShape, type QuestionTypes } from './answers'
import { dateOrEmpty, epochMs, id, line, long, name, rule, timeOrEmpty, timestamp, whole } from './fields'

const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max))
const stamps = { createdAt: timestamp, updatedAt: timestamp }

const team = z.object({ id, name, ...stamps })
const member = z.object({ id, teamId: id, name, role: line })

/** What the import checks against from the handbook in use: its questions and its phases. */
export interface HandbookFacts {
  questions: QuestionTypes
  /** Phases are numbered from 1 to this. */
  phaseCount: number
}
/** For checks without a handbook at hand: any question, any phase a handbook may have. */
export const ANY_HANDBOOK: HandbookFacts = { questions: new Map(), phaseCount: MAX_PHASES }

function projectSchema(phaseCount: number) {
  const phase = whole(1, phaseCount)
  const entryAnswers = z.record(id, z.boolean()).check(
    rule((v: object) => Object.keys(v).length <= LIST_LIMITS.entryCheckAnswers, 'too-many', {
      min: 0,
      max: LIST_LIMITS.entryCheckAnswers,
    }),
  )
  const entryCheck = z.object({
    answers: entryAnswers,
    recommendedPhase: phase,
    // Exports before the entry check kept the team's choice do not have it.
    chosenPhase: z.optional(phase),
    completedAt: timestamp,
  })
  // An entry check under way; exports before its answers were saved one by one do not have it.
  const entryCheckDraft = z.object({ answers: entryAnswers, updatedAt: timestamp })
  return z.object({
    id,
    teamId: id,
    title: name,
    description: long,
    phase,
    currentStepId: z.nullable(id),
    archived: z.boolean(),
    entryCheck: z.optional(entryCheck),
    entryCheckDraft: z.optional(entryCheckDraft),
    ...stamps,
  })
}

const stepState = z.object({
  projectId: id,
  stepId: id,
  status: z.enum(['open', 'in-progress', 'done', 'skipped', 'not-relevant']),
  updatedAt: timestamp,
})

const logbookEntry = z.object({
  id,
  projectId: id,
  kind: z.enum(['note', 'decision', 'action', 'step-done', 'phase-changed', 'moved-on-open']),
  text: long,
  owner: z.optional(line),
  due: z.optional(dateOrEmpty),
  done: z.optional(z.boolean()),
  workshopId: z.optional(id),
  agendaItemId: z.optional(id),
  createdAt: timestamp,
})

const favourite = z.object({ teamId: id, methodId: id, createdAt: timestamp })
const collection = z.object({
  id,
  teamId: id,
  name,
  methodIds: list(id, LIST_LIMITS.collectionMethods),
  ...stamps,
})

const agendaItem = z.object({
  id,
  kind: z.enum(['method', 'welcome', 'break', 'check-in', 'text']),
  methodId: z.optional(id),
  title: name,
  minutes: whole(0, MAX_ITEM_MINUTES),
  // Agenda items of app 0.1.0 had only an id and a title.
  responsible: z._default(line, ''),
  notes: z._default(long, ''),
  optional: z._default(z.boolean(), false),
})

/** Long enough for an item left running over a weekend; longer means the record is broken. */
const MAX_ELAPSED_MS = 7 * 24 * 60 * 60 * 1000
const timer = z.object({
  index: whole(0, LIST_LIMITS.agendaItems),
  runningSince: z.nullable(epochMs),
  elapsedMs: whole(0, MAX_ELAPSED_MS),
  targetEnd: epochMs,
})

const workshop = z
  .object({
    id,
    teamId: id,
    projectId: z.nullable(id),
    title: name,
    date: z.nullable(dateOrEmpty),
    startTime: z.nullable(timeOrEmpty),
    // The fields of the workshop planner; exports of app 0.1.0 do not have them.
    endTime: z._default(z.nullable(timeOrEmpty), null),
    place: z._default(line, ''),
    goal: z._default(long, ''),
    participants: z._default(z.nullable(whole(0, MAX_PARTICIPANTS)), null),
    items: z._default(list(agendaItem, LIST_LIMITS.agendaItems), []),
    timer: z._default(z.nullable(timer), null),
    ...stamps,
  })
  .check(
    // The timer points at an agenda item, or one past the last when the session is over.
    rule(
      (w: { items: unknown[]; timer: { index: number } | null }) =>
        !w.timer || w.timer.index <= w.items.length,
      'out-of-range',
    ),
  )

/** The schema of every record kind, by table. Answers and phases depend on the handbook. */
export function recordSchemas({ questions, phaseCount }: HandbookFacts) {
  const answer = z.object({ projectId: id, questionId: id, value: z.unknown(), updatedAt: timestamp }).check(
    z.superRefine((a, ctx) => {
      const result = z.safeParse(answerShape(questions.get(a.questionId)), a.value)
      if (result.success) a.value = result.data
      else for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] })
    }),
  )
  return {
    teams: team,
    members: member,
    projects: projectSchema(phaseCount),
    answers: answer,
    stepStates: stepState,
    logbook: logbookEntry,
    favourites: favourite,
    collections: collection,
    workshops: workshop,
  } satisfies Record<TeamTableName, z.ZodMiniType>
}

/**
 * The whole document of a format version: its head and every table of `records`, each within its
 * record limit. Later versions call it with their own record schemas.
 */
export function documentOf<R extends Record<TeamTableName, z.ZodMiniType>, V extends number>(
  records: R,
  formatVersion: V,
) {
  const table = <K extends TeamTableName>(kind: K) =>
    list(records[kind], kind === 'teams' ? 1 : RECORD_LIMITS[kind as keyof typeof RECORD_LIMITS])
  return z.object({
    format: z.literal('handbuch-interaktiv-export'),
    formatVersion: z.literal(formatVersion),
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

/** The whole document of format 1. */
export function documentSchema(handbook: HandbookFacts) {
  return documentOf(recordSchemas(handbook), 1)
}
