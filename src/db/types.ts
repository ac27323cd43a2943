/**
 * Domain objects as the app sees them. Stored records have the same shape (plain JSON-friendly
 * values, times as ISO strings), so export and import can write them as they are.
 */

export interface Team {
  id: string
  name: string
  createdAt: string
  updatedAt: string
}

export interface Member {
  id: string
  teamId: string
  name: string
  /** A handbook role id (e.g. "massnahmenteam") or a custom role typed by the team. */
  role: string
}

export interface Project {
  id: string
  teamId: string
  title: string
  description: string
  /** The phase the team is working in (1–5). */
  phase: number
  /** Id of the wizard step the team last worked on. */
  currentStepId: string | null
  archived: boolean
  /** The answers of the entry check and the phase it recommended; absent until it was done. */
  entryCheck?: EntryCheckResult
  createdAt: string
  updatedAt: string
}

export interface EntryCheckResult {
  answers: Record<string, boolean>
  recommendedPhase: number
  completedAt: string
}

/** The answer to one wizard question of one project. `value` depends on the question type. */
export interface StepAnswer {
  projectId: string
  questionId: string
  value: unknown
  updatedAt: string
}

export type StepStatus = 'open' | 'in-progress' | 'done' | 'skipped' | 'not-relevant'

/** Where a project stands in one wizard step. A step without a record is open. */
export interface StepState {
  projectId: string
  stepId: string
  status: StepStatus
  updatedAt: string
}

export type LogbookKind = 'note' | 'decision' | 'action' | 'step-done' | 'phase-changed' | 'moved-on-open'

export interface LogbookEntry {
  id: string
  projectId: string
  kind: LogbookKind
  text: string
  /** For action items. */
  owner?: string
  due?: string
  done?: boolean
  createdAt: string
}

export interface Favourite {
  teamId: string
  methodId: string
  createdAt: string
}

/** A named set of method cards of a team, such as "Kick-off kit". */
export interface MethodCollection {
  id: string
  teamId: string
  name: string
  methodIds: string[]
  createdAt: string
  updatedAt: string
}

/** Small app-wide values kept on the device (current team, last backup …). */
export interface Setting {
  key: string
  value: unknown
}

export interface Workshop {
  id: string
  teamId: string
  projectId: string | null
  title: string
  date: string | null
  startTime: string | null
  createdAt: string
  updatedAt: string
}
