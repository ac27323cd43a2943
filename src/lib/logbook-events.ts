/**
 * The kinds of logbook entries and the events the app records automatically. An event is stored as
 * its kind and parameters, never as a sentence, so the logbook reads in the reader's language
 * (`logbook-text.ts` words it). Every automatic entry is made by `eventEntry`.
 */
import type { AutoLogbookKind, LogbookEntry, LogbookKind, LogbookParams, OwnLogbookKind } from '@/model'

export const OWN_KINDS = ['note', 'decision', 'action'] as const satisfies readonly OwnLogbookKind[]
export const AUTO_KINDS = [
  'step-done',
  'phase-changed',
  'moved-on-open',
  'entry-check',
  'copied-from',
] as const satisfies readonly AutoLogbookKind[]
export const LOGBOOK_KINDS: readonly LogbookKind[] = [...OWN_KINDS, ...AUTO_KINDS]

/** What can happen in a project that the logbook records by itself. */
export type LogbookEvent =
  /** A wizard step was marked done. */
  | { kind: 'step-done'; params: { stepId: string } }
  /** The project moved to another phase (forward or back). */
  | { kind: 'phase-changed'; params: { from: number; to: number } }
  /** The team moved on to phase `to` although work was open; `text` is its reason. */
  | { kind: 'moved-on-open'; params: { to: number }; text: string }
  /** A step was closed while `open` of its required questions had no answer. */
  | { kind: 'moved-on-open'; params: { stepId: string; open: number } }
  /** The entry check was done: the phase it recommended and the one the team chose. */
  | { kind: 'entry-check'; params: { recommended: number; chosen: number } }
  /** The project was created as a copy of the team's project titled `title`. */
  | { kind: 'copied-from'; params: { title: string } }
  /** The project was created as a copy of the handbook's sample measure titled `sampleTitle`. */
  | { kind: 'copied-from'; params: { sampleTitle: string } }

export type NewLogbookEntry = Omit<LogbookEntry, 'id' | 'createdAt' | 'phase'>
/** What an entry records, before it belongs to a project. */
export type EventRecord = Pick<LogbookEntry, 'kind' | 'text' | 'params'>

export const isOwnKind = (kind: unknown): kind is OwnLogbookKind =>
  (OWN_KINDS as readonly unknown[]).includes(kind)
export const isAutoKind = (kind: unknown): kind is AutoLogbookKind =>
  (AUTO_KINDS as readonly unknown[]).includes(kind)

/** What an entry that records `event` holds (for a project written in one go, such as the sample). */
export function eventRecord(event: LogbookEvent): EventRecord {
  return {
    kind: event.kind,
    text: 'text' in event ? event.text.trim() : '',
    params: { ...event.params } as LogbookParams,
  }
}

/** The entry that records `event` in the logbook of `projectId`. */
export function eventEntry(projectId: string, event: LogbookEvent): NewLogbookEntry {
  return { projectId, ...eventRecord(event) }
}

/** A parameter that is a whole number (a phase, a count), or undefined. */
export function numberParam(params: LogbookParams | undefined, key: string): number | undefined {
  const value = params?.[key]
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/** A parameter that is a non-empty text (an id, a title), or undefined. */
export function textParam(params: LogbookParams | undefined, key: string): string | undefined {
  const value = params?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}
