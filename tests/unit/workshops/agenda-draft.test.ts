import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { templateDraft, wrapMethods } from '../../../src/lib/agenda-draft'
import { totalMinutes } from '../../../src/lib/agenda'

const TITLES = { welcome: 'Welcome', checkIn: 'Check-in', break: 'Break', close: 'Close' }

describe('a template becomes an agenda', () => {
  it('keeps titles, minutes, method references, kinds and notes, and so the total', () => {
    const items = templateDraft({
      items: [
        { title: 'Arrival', minutes: 10, kind: 'welcome' },
        { title: 'Map the stakeholders', minutes: 40, method: 'akteure-kartieren', note: 'Use the wall' },
        { title: 'Coffee', minutes: 15, kind: 'break' },
        { title: 'Next steps', minutes: 5 },
      ],
    })
    expect(items.map((i) => [i.kind, i.methodId, i.title, i.minutes, i.notes])).toEqual([
      ['welcome', undefined, 'Arrival', 10, ''],
      ['method', 'akteure-kartieren', 'Map the stakeholders', 40, 'Use the wall'],
      ['break', undefined, 'Coffee', 15, ''],
      ['text', undefined, 'Next steps', 5, ''],
    ])
    expect(totalMinutes(items)).toBe(70)
    expect(items.every((i) => i.responsible === '' && i.optional === false)).toBe(true)
  })
})

describe("every template of the project's handbook", () => {
  const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
    strictTranslations: true,
  })
  for (const [lang, handbook] of Object.entries(handbooks)) {
    it(`becomes a workshop as long as the template says, with real method cards (${lang})`, () => {
      const methods = new Set(handbook.methods.map((m) => m.id))
      expect(handbook.agendas.length).toBeGreaterThanOrEqual(8)
      for (const template of handbook.agendas) {
        const items = templateDraft(template)
        expect(totalMinutes(items), template.id).toBe(template.minutes)
        for (const item of items)
          if (item.methodId) expect(methods.has(item.methodId), item.methodId).toBe(true)
      }
    })
  }
})

describe("a step's methods are wrapped", () => {
  const method = (id: string, minutes: number) => ({ id, title: id, minutes })

  it('puts welcome, check-in and close around them and a break in the middle of a long session', () => {
    const items = wrapMethods(
      [method('a', 30), method('b', 40), method('c', 35), method('d', 25), method('e', 18)],
      TITLES,
    )
    expect(items.map((i) => i.title)).toEqual([
      'Welcome',
      'Check-in',
      'a',
      'b',
      'Break',
      'c',
      'd',
      'e',
      'Close',
    ])
    expect(items.map((i) => i.kind)).toEqual([
      'welcome',
      'check-in',
      'method',
      'method',
      'break',
      'method',
      'method',
      'method',
      'text',
    ])
    expect(totalMinutes(items)).toBe(148 + 10 + 10 + 15 + 10)
  })

  it('adds no break to a session of 90 minutes or less', () => {
    const items = wrapMethods([method('a', 30), method('b', 30)], TITLES)
    expect(items.map((i) => i.title)).toEqual(['Welcome', 'Check-in', 'a', 'b', 'Close'])
  })
})
