/**
 * The handbook's sample measure as the records of a new project: what "copy into my team" writes.
 * The content check made sure every id exists and every answer has its question's shape; this only
 * turns the sample into stored form (the entry check with the phase it recommends). Pure.
 */
import type { EntryCheck, Sample, Step } from '@/content/schema'
import type { EntryCheckResult, StepStatus } from '@/model'
import type { EventRecord } from './logbook-events'
import { recommendPhase } from './entry-check'

/** A project that starts filled in: everything a team would otherwise have entered step by step. */
export interface FilledProject {
  title: string
  description: string
  phase: number
  entryCheck?: EntryCheckResult
  answers: Record<string, unknown>
  statuses: Record<string, StepStatus>
  /** The team's own entries, oldest first, and what the app records (`eventRecord`). */
  logbook: EventRecord[]
}

export function sampleProject(
  sample: Sample,
  handbook: { steps: readonly Step[]; entryCheck: EntryCheck | null },
  completedAt: string,
): FilledProject {
  const asked = new Set(handbook.steps.flatMap((step) => step.questions.map((q) => q.id)))
  const check = handbook.entryCheck
  return {
    title: sample.title,
    description: sample.description,
    phase: sample.phase,
    ...(sample.entryCheck &&
      check && {
        entryCheck: {
          answers: { ...sample.entryCheck },
          // The sample's answers decide; should they not (content edited), its own phase stands in.
          recommendedPhase: recommendPhase(check, sample.entryCheck).phase ?? sample.phase,
          completedAt,
        },
      }),
    // Answers are copied deeply: the stored project must not share objects with the loaded content.
    answers: structuredClone(
      Object.fromEntries(Object.entries(sample.answers).filter(([id]) => asked.has(id))),
    ),
    statuses: { ...sample.steps },
    logbook: sample.logbook.map((entry) => ({ kind: entry.kind, text: entry.text })),
  }
}
