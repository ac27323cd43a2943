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
  /** The phase the team is working in (1 to the number of phases the handbook has). */
  phase: number
  /** Id of the wizard step the team last worked on. */
  currentStepId: string | null
  archived: boolean
  /** The answers of the entry check and the phase it recommended; absent until it was done. */
  entryCheck?: EntryCheckResult
  /**
   * The answers of an entry check under way, stored as each one is given, so leaving the page or a
   * reload loses nothing; removed when the team starts in a phase. Absent otherwise.
   */
  entryCheckDraft?: EntryCheckDraft
  createdAt: string
  updatedAt: string
}

export interface EntryCheckResult {
  answers: Record<string, boolean>
  recommendedPhase: number
  /** The phase the team chose to start in. Results stored before it was kept do not have it. */
  chosenPhase?: number
  completedAt: string
}

export interface EntryCheckDraft {
  answers: Record<string, boolean>
  updatedAt: string
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

/** Entries the team writes itself (also during a workshop); the team may edit and delete them. */
export type OwnLogbookKind = 'note' | 'decision' | 'action'

/**
 * Entries the app writes when something happens in the project. They store what happened as
 * `params`, never as a sentence, so each reader sees them in their own language (see
 * `@/lib/logbook-events`). Entries written before schema version 4 may lack `params` when their old
 * text could not be read; they are then shown with that text.
 */
export type AutoLogbookKind = 'step-done' | 'phase-changed' | 'moved-on-open' | 'entry-check' | 'copied-from'

export type LogbookKind = OwnLogbookKind | AutoLogbookKind

/** What an automatic entry records: step ids, phase numbers, counts, a title. */
export type LogbookParams = Record<string, string | number>

export interface LogbookEntry {
  id: string
  projectId: string
  kind: LogbookKind
  /**
   * What the team wrote. For automatic entries the team's own words that came with the event (the
   * reason for moving on), or empty; for old automatic entries that could not be read, their text.
   */
  text: string
  /** For automatic entries: what happened, by kind (see `LogbookEvent` in `@/lib/logbook-events`). */
  params?: LogbookParams
  /**
   * The project's phase when the entry was written, for the filter by phase. Every entry the app
   * writes has it; the schema upgrade and the import of older files fill it in.
   */
  phase?: number
  /** For action items. */
  owner?: string
  due?: string
  done?: boolean
  /** Set when the entry was captured during a workshop, with the agenda item it belongs to. */
  workshopId?: string
  agendaItemId?: string
  createdAt: string
  /** When the team last edited the entry; absent if it never was. */
  updatedAt?: string
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

export type WorkshopItemKind = 'method' | 'welcome' | 'break' | 'check-in' | 'text'

/** One entry of a workshop's agenda: a method card or a custom item. */
export interface WorkshopItem {
  id: string
  kind: WorkshopItemKind
  /** For kind "method": the method card's id. */
  methodId?: string
  /** Typed by the user for custom items; for methods the card's title at the time it was added. */
  title: string
  minutes: number
  responsible: string
  notes: string
  /** May be dropped when the session runs late. */
  optional: boolean
}

/**
 * The live timer, stored so a reload or a sleeping laptop loses nothing: times are epoch
 * milliseconds and the elapsed time is always computed from them, never counted in ticks.
 */
export interface WorkshopTimer {
  /** Index of the current agenda item; equal to the item count when the session is over. */
  index: number
  /** When the current item was last started or resumed; null while paused. */
  runningSince: number | null
  /** Time the current item ran before `runningSince`. */
  elapsedMs: number
  /** When the session should end, fixed at the first start; the target of rebalancing. */
  targetEnd: number
}

export interface Workshop {
  id: string
  teamId: string
  projectId: string | null
  title: string
  /** "YYYY-MM-DD" */
  date: string | null
  /** "HH:MM" */
  startTime: string | null
  /** Planned end, "HH:MM"; earlier than the start means the next day. */
  endTime: string | null
  /** A room, an address or the text of an online link. */
  place: string
  goal: string
  participants: number | null
  items: WorkshopItem[]
  timer: WorkshopTimer | null
  createdAt: string
  updatedAt: string
}
