import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { outlineOf } from '../../../src/content/parts'
import { neighbours, readingOrder } from '../../../src/lib/reading-order'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const order = readingOrder(outlineOf(handbooks.de), 'Glossar')
const keys = order.map((e) => e.key)

describe('reading order', () => {
  it('starts with the start page and the process model, and ends with the glossary', () => {
    expect(keys.slice(0, 3)).toEqual(['page:start', 'page:prozessmodell', 'phase:vorprozess'])
    expect(order.at(-1)).toEqual({ key: 'glossary', title: 'Glossar', path: '/handbuch/glossar' })
  })

  it('follows each phase with its own steps, closing questions last', () => {
    const exploration = keys.indexOf('phase:exploration')
    expect(keys[exploration + 1]).toBe('step:ausgangslage-verstehen')
    expect(keys[exploration - 1]).toBe('step:abschlussfragen-vorprozess')
    expect(keys[keys.indexOf('phase:skalierung') - 1]).toBe('step:abschlussfragen-entwicklung')
  })

  it('lists the formats after the phases, then the description, then the other pages with the values', () => {
    const afterSteps = keys.slice(keys.indexOf('step:abschlussfragen-skalierung') + 1)
    expect(afterSteps.slice(0, 7)).toEqual([
      'format:kick-off',
      'format:steuerungsrunde',
      'format:expertinnendialog',
      'format:oeffentlichkeitsbeteiligung',
      'format:massnahmenwerkstatt',
      'format:entscheidungsrunde',
      'page:massnahmenbeschreibung',
    ])
    const compass = keys.indexOf('page:wertekompass')
    expect(keys.slice(compass + 1, compass + 5).every((k) => k.startsWith('value:'))).toBe(true)
    expect(keys.indexOf('page:rollen')).toBeLessThan(compass)
  })

  it('holds every page, phase, format, value and step exactly once', () => {
    const h = handbooks.de
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.length).toBe(
      h.pages.length + h.phases.length + h.formats.length + h.values.length + h.steps.length + 2,
    )
  })

  it('gives the previous and next entry, and none at the ends', () => {
    expect(neighbours(order, 'page:prozessmodell')).toMatchObject({
      previous: { key: 'page:start' },
      next: { key: 'phase:vorprozess', path: '/handbuch/phasen/vorprozess' },
    })
    expect(neighbours(order, 'page:start').previous).toBeNull()
    expect(neighbours(order, 'glossary').next).toBeNull()
    expect(neighbours(order, 'method:personas')).toEqual({ previous: null, next: null })
  })
})
