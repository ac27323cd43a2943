/**
 * How an automatic logbook entry reads: its event put into words at display time, in the reader's
 * language, with step and phase titles from the handbook in that language. The words come from the
 * caller (`say`), so this stays plain TypeScript; the projects feature passes the UI texts.
 */
import type { LogbookEntry } from '@/model'
import { numberParam, textParam } from './logbook-events'

/** The texts an event is worded with (`projects.logbook.events.*`). */
export type EventMessage =
  | 'stepName'
  | 'stepGone'
  | 'phaseName'
  | 'phaseNumber'
  | 'stepDone'
  | 'phaseForward'
  | 'phaseBack'
  | 'movedOnPhase'
  | 'movedOnStep'
  | 'entryCheck'
  | 'copiedFrom'
  | 'copiedFromSample'

export type Say = (message: EventMessage, args: Record<string, string | number>) => string

/** What the handbook in the reader's language says about steps and phases. */
export interface HandbookNames {
  stepTitle(stepId: string): string | undefined
  /** The id of the step with this title in any language of the handbook (for old entries). */
  stepWithTitle(title: string): string | undefined
  phaseTitle(phase: number): string | undefined
}

type Params = LogbookEntry['params']

/** A step by its id (or, in old entries, its title), named as the handbook names it today. */
function stepName(params: Params, names: HandbookNames, say: Say): string | null {
  const storedTitle = textParam(params, 'stepTitle')
  const id = textParam(params, 'stepId') ?? (storedTitle && names.stepWithTitle(storedTitle))
  const title = id ? names.stepTitle(id) : undefined
  if (title) return say('stepName', { title })
  // An old entry's title stays as written; an id the handbook no longer has is said to be gone.
  if (storedTitle) return say('stepName', { title: storedTitle })
  return id ? say('stepGone', { title: id }) : null
}

function phaseName(phase: number, names: HandbookNames, say: Say): string {
  const title = names.phaseTitle(phase)
  return title ? say('phaseName', { n: phase, title }) : say('phaseNumber', { n: phase })
}

/**
 * The sentence that tells what an automatic entry records, or null: for the team's own entries,
 * and for old entries whose text could not be read (they are shown with their text).
 */
export function eventSentence(
  entry: Pick<LogbookEntry, 'kind' | 'params'>,
  names: HandbookNames,
  say: Say,
): string | null {
  const { params } = entry
  const num = (key: string) => numberParam(params, key)
  switch (entry.kind) {
    case 'step-done': {
      const step = stepName(params, names, say)
      return step ? say('stepDone', { step }) : null
    }
    case 'phase-changed': {
      const [from, to] = [num('from'), num('to')]
      if (from === undefined || to === undefined) return null
      return say(to > from ? 'phaseForward' : 'phaseBack', { from, phase: phaseName(to, names, say) })
    }
    case 'moved-on-open': {
      const [to, open] = [num('to'), num('open')]
      if (to !== undefined) return say('movedOnPhase', { phase: phaseName(to, names, say) })
      const step = stepName(params, names, say)
      return step && open !== undefined ? say('movedOnStep', { step, open }) : null
    }
    case 'entry-check': {
      const [recommended, chosen] = [num('recommended'), num('chosen')]
      return recommended !== undefined && chosen !== undefined
        ? say('entryCheck', { recommended, chosen })
        : null
    }
    case 'copied-from': {
      const [title, sample] = [textParam(params, 'title'), textParam(params, 'sampleTitle')]
      if (sample) return say('copiedFromSample', { title: sample })
      return title ? say('copiedFrom', { title }) : null
    }
    default:
      return null
  }
}
