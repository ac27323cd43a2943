import { describe, expect, it } from 'vitest'
import { migrateLogbook, readLegacyText } from '../../../src/lib/logbook-legacy'

describe('old automatic logbook texts', () => {
  it('are read in both languages the app wrote them in', () => {
    const read = (kind: string, text: string) => readLegacyText(kind, text)
    expect(read('step-done', 'Step “Kick-off” done.')).toEqual({
      kind: 'step-done',
      params: { stepTitle: 'Kick-off' },
      text: '',
    })
    expect(read('phase-changed', 'Stepped back from phase 3 to phase 2: Concept.')?.params).toEqual({
      from: 3,
      to: 2,
    })
    expect(read('phase-changed', 'Zurück von Phase 3 in Phase 2: .')?.params).toEqual({ from: 3, to: 2 })
    expect(
      read('moved-on-open', 'Moved on to phase 4 while something was still open. Reason: Budget'),
    ).toEqual({ kind: 'moved-on-open', params: { to: 4 }, text: 'Budget' })
    // The entry check's name comes from the handbook's site file: any name is read.
    expect(read('decision', 'Startcheck gemacht: empfohlen Phase 1, gewählt Phase 2.')?.params).toEqual({
      recommended: 1,
      chosen: 2,
    })
    expect(read('decision', 'Entry check done: phase 2 recommended, phase 2 chosen.')?.kind).toBe(
      'entry-check',
    )
    expect(read('note', 'Created as a copy of “Parkraum”.')).toMatchObject({ params: { title: 'Parkraum' } })
    expect(read('note', 'Angelegt als Kopie des Beispiels „Schattige Wege“.')).toMatchObject({
      kind: 'copied-from',
      params: { sampleTitle: 'Schattige Wege' },
    })
  })

  it('are left alone when the kind does not fit, the text differs or a phase is impossible', () => {
    expect(readLegacyText('note', 'Schritt „Kick-off“ erledigt.')).toBeNull()
    expect(readLegacyText('decision', 'Wir nehmen Phase 2.')).toBeNull()
    expect(readLegacyText('phase-changed', 'Weiter von Phase 0 in Phase 12: X.')).toBeNull()
    expect(readLegacyText('step-done', 42)).toBeNull()
  })
})

describe('migrateLogbook', () => {
  const at = (minute: number) => `2026-11-02T09:${String(minute).padStart(2, '0')}:00.000Z`

  it('gives each entry the phase of its project at the time, walking back over phase changes', () => {
    const entries = [
      { id: 'a', projectId: 'p1', kind: 'note', text: 'Start', createdAt: at(0) },
      {
        id: 'b',
        projectId: 'p1',
        kind: 'phase-changed',
        text: 'Weiter von Phase 1 in Phase 3: X.',
        createdAt: at(1),
      },
      { id: 'c', projectId: 'p1', kind: 'note', text: 'Danach', createdAt: at(2) },
      { id: 'd', projectId: 'p2', kind: 'note', text: 'Anderes Projekt', createdAt: at(0) },
      { id: 'e', projectId: 'gone', kind: 'note', text: 'Ohne Projekt', createdAt: at(0) },
    ]
    const projects = [
      { id: 'p1', phase: 4 },
      { id: 'p2', phase: 2 },
    ]
    const phases = migrateLogbook(entries, projects).map((e) => (e as { phase?: number }).phase)
    // The project moved on once more without an entry (by another tab, say): the latest entries
    // get today's phase, those before the change the phase it left.
    expect(phases).toEqual([1, 3, 4, 2, undefined])
  })

  it('is idempotent and leaves anything that is not an entry for the checks', () => {
    const entries = [
      'kaputt',
      null,
      {
        id: 'a',
        projectId: 'p1',
        kind: 'phase-changed',
        text: '',
        params: { from: 1, to: 2 },
        phase: 2,
        createdAt: at(1),
      },
    ]
    const once = migrateLogbook(entries, [{ id: 'p1', phase: 2 }])
    expect(once).toEqual(entries)
    expect(once[2]).toBe(entries[2])
    expect(migrateLogbook(once, [{ id: 'p1', phase: 2 }])).toEqual(once)
  })
})
