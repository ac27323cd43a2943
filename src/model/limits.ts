/**
 * How long a text and how many records the app keeps. The import refuses anything beyond these
 * (see `@/lib/transfer/checks`), and form fields carry the text limits as `maxlength`, so a backup
 * the app wrote itself is always accepted back. Generous on purpose: a limit exists to keep a
 * hostile file from filling the device or freezing a view, not to cut a team's notes.
 */
export const TEXT_LIMITS = {
  /** Ids of records, questions, steps and method cards. */
  id: 200,
  /** Names and titles: a team, a project, a member, a collection, a workshop, an agenda item. */
  name: 500,
  /** One line: a short answer, a list item, a table cell, a place, a role, an owner. */
  line: 2_000,
  /** A description, a logbook text, a long answer, a workshop goal or an agenda note. */
  long: 100_000,
} as const

/** How many records of each kind one export may hold. */
export const RECORD_LIMITS = {
  members: 1_000,
  projects: 10_000,
  answers: 500_000,
  stepStates: 100_000,
  logbook: 200_000,
  favourites: 1_000,
  collections: 1_000,
  workshops: 10_000,
} as const

/** How many entries one value may hold: list answers, table rows, agenda items, cards of a collection. */
export const LIST_LIMITS = {
  answerItems: 1_000,
  choices: 200,
  compassValues: 100,
  entryCheckAnswers: 100,
  agendaItems: 200,
  collectionMethods: 1_000,
} as const

/**
 * The most required questions a logbook entry may count as open when a step was closed: more than
 * any step asks, low enough that a hostile file cannot claim absurd numbers.
 */
export const MAX_OPEN_QUESTIONS = 1_000

/** The most phases a handbook may have; a project's phase is checked against the handbook in use. */
export const MAX_PHASES = 9

/** Workshop times: an agenda item lasts at most a day; a participant count stays plausible. */
export const MAX_ITEM_MINUTES = 1_440
export const MAX_PARTICIPANTS = 100_000
