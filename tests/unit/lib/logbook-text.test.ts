import { afterEach, describe, expect, it } from 'vitest'
import { setLang, t } from '../../../src/app/i18n'
import { eventEntry } from '../../../src/lib/logbook-events'
import { eventSentence, type HandbookNames, type Say } from '../../../src/lib/logbook-text'
import type { LogbookEntry } from '../../../src/model'

/** A handbook with one step and two phases, in German or English. */
const names = (lang: 'de' | 'en'): HandbookNames => ({
  stepTitle: (id) => (id === 'kick-off' ? (lang === 'de' ? 'Auftakt' : 'Kick-off meeting') : undefined),
  stepWithTitle: (title) => (['Auftakt', 'Kick-off meeting'].includes(title) ? 'kick-off' : undefined),
  phaseTitle: (n) => ({ de: ['Vorprozess', 'Konzeption'], en: ['Pre-process', 'Concept'] })[lang][n - 1],
})
const say: Say = (message, args) => t(`projects.logbook.events.${message}`, args)
const entry = (kind: LogbookEntry['kind'], params?: LogbookEntry['params']) => ({ kind, params })

async function sentences(lang: 'de' | 'en', entries: Pick<LogbookEntry, 'kind' | 'params'>[]) {
  await setLang(lang)
  return entries.map((e) => eventSentence(e, names(lang), say))
}

afterEach(() => setLang('de'))

describe('automatic logbook entries, worded at display time', () => {
  const stored = [
    eventEntry('p1', { kind: 'step-done', params: { stepId: 'kick-off' } }),
    eventEntry('p1', { kind: 'phase-changed', params: { from: 1, to: 2 } }),
    eventEntry('p1', { kind: 'phase-changed', params: { from: 2, to: 1 } }),
    eventEntry('p1', { kind: 'moved-on-open', params: { to: 2 }, text: 'Zeitdruck' }),
    eventEntry('p1', { kind: 'moved-on-open', params: { stepId: 'kick-off', open: 2 } }),
    eventEntry('p1', { kind: 'entry-check', params: { recommended: 2, chosen: 1 } }),
    eventEntry('p1', { kind: 'copied-from', params: { title: 'Baumkataster' } }),
    eventEntry('p1', { kind: 'copied-from', params: { sampleTitle: 'Schattige Wege' } }),
  ]

  it('reads the same stored entries in German and in English', async () => {
    expect(await sentences('de', stored)).toEqual([
      'Schritt „Auftakt“ erledigt.',
      'Weiter von Phase 1 in Phase 2: Konzeption.',
      'Zurück von Phase 2 in Phase 1: Vorprozess.',
      'Weiter in Phase 2: Konzeption, obwohl noch etwas offen war.',
      'Schritt „Auftakt“ abgeschlossen, obwohl Pflichtfragen offen waren: 2.',
      'Einstiegscheck gemacht: empfohlen Phase 2, gewählt Phase 1.',
      'Angelegt als Kopie von „Baumkataster“.',
      'Angelegt als Kopie des Beispiels „Schattige Wege“.',
    ])
    expect(await sentences('en', stored)).toEqual([
      'Step “Kick-off meeting” done.',
      'Moved on from phase 1 to phase 2: Concept.',
      'Stepped back from phase 2 to phase 1: Pre-process.',
      'Moved on to phase 2: Concept while something was still open.',
      'Step “Kick-off meeting” closed while required questions were open: 2.',
      'Entry check done: phase 2 recommended, phase 1 chosen.',
      'Created as a copy of “Baumkataster”.',
      'Created as a copy of the example “Schattige Wege”.',
    ])
  })

  it('keeps the team’s reason as its text, not inside the sentence', () => {
    expect(stored[3]).toMatchObject({ kind: 'moved-on-open', text: 'Zeitdruck', params: { to: 2 } })
    expect(stored[0]).toMatchObject({ text: '' })
  })

  it('finds the step of an old entry by its title in either language', async () => {
    expect(await sentences('en', [entry('step-done', { stepTitle: 'Auftakt' })])).toEqual([
      'Step “Kick-off meeting” done.',
    ])
    expect(await sentences('de', [entry('step-done', { stepTitle: 'Kick-off meeting' })])).toEqual([
      'Schritt „Auftakt“ erledigt.',
    ])
  })

  it('falls back gracefully when the handbook no longer has the step or the phase', async () => {
    const gone = [
      entry('step-done', { stepId: 'old-step' }),
      entry('step-done', { stepTitle: 'Alter Schritt' }),
      entry('phase-changed', { from: 2, to: 7 }),
    ]
    expect(await sentences('de', gone)).toEqual([
      'Schritt „old-step“ (nicht mehr im Handbuch) erledigt.',
      'Schritt „Alter Schritt“ erledigt.',
      'Weiter von Phase 2 in Phase 7.',
    ])
    expect(await sentences('en', gone)).toEqual([
      'Step “old-step” (no longer in the handbook) done.',
      'Step “Alter Schritt” done.',
      'Moved on from phase 2 to phase 7.',
    ])
  })

  it('has no sentence for the team’s own entries and for old texts that could not be read', async () => {
    const none = [
      entry('note'),
      entry('decision', { recommended: 1, chosen: 2 }),
      entry('step-done'),
      entry('phase-changed', { from: 'eins', to: 2 }),
      entry('moved-on-open', { stepId: 'kick-off' }),
    ]
    expect(await sentences('en', none)).toEqual([null, null, null, null, null])
  })
})
