import { describe, expect, it } from 'vitest'
import { isTaken, memberOffers, offersFrom, takeOver } from '../../../src/lib/answer-reuse'

const groups = ['Ältere Menschen', ' ', 'Pflegedienste']

describe('earlier answers offered again', () => {
  it('offers each filled list item, in the shape of the question that asks again', () => {
    expect(offersFrom('list', groups, 'list')).toEqual([
      { item: 'Ältere Menschen', label: 'Ältere Menschen' },
      { item: 'Pflegedienste', label: 'Pflegedienste' },
    ])
    expect(offersFrom('list', groups, 'people')[0]).toEqual({
      item: { name: 'Ältere Menschen', role: '' },
      label: 'Ältere Menschen',
    })
  })

  it('turns a lead unit into a person, and people into stakeholders, lines and back', () => {
    expect(offersFrom('short-text', 'Referat Klimaanpassung', 'people')).toEqual([
      { item: { name: 'Referat Klimaanpassung', role: '' }, label: 'Referat Klimaanpassung' },
    ])
    const people = [{ name: 'Kim', role: 'Koordination' }]
    expect(offersFrom('people', people, 'stakeholders')[0].item).toEqual({
      name: 'Kim',
      group: 'Koordination',
      interest: '',
      influence: '',
      involvement: '',
    })
    expect(offersFrom('people', people, 'long-text')).toEqual([
      { item: 'Kim (Koordination)', label: 'Kim (Koordination)' },
    ])
    expect(offersFrom('stakeholders', [{ name: 'Bezirke', group: 'Verwaltung' }], 'people')[0].item).toEqual({
      name: 'Bezirke',
      role: 'Verwaltung',
    })
  })

  it('offers nothing from empty, odd or unfitting answers', () => {
    expect(offersFrom('list', [], 'list')).toEqual([])
    expect(offersFrom('short-text', '   ', 'list')).toEqual([])
    expect(offersFrom('list', { not: 'a list' }, 'list')).toEqual([])
    expect(offersFrom('people', [{ name: '', role: '' }], 'people')).toEqual([])
    expect(offersFrom('multiple-choice', ['a'], 'list')).toEqual([])
    expect(offersFrom('indicators', [{ name: 'Anrufe' }], 'risks')).toEqual([])
  })

  it('offers a value compass as a whole, and only while nothing is rated', () => {
    const compass = { kooperativ: { rating: 2, justification: 'Viele Partner' } }
    const [offer] = offersFrom('value-compass', compass, 'value-compass')
    expect(offer.item).toEqual(compass)
    expect(isTaken('value-compass', {}, offer.item)).toBe(false)
    expect(takeOver('value-compass', {}, offer.item)).toEqual(compass)
    expect(isTaken('value-compass', { offen: { rating: 1, justification: '' } }, offer.item)).toBe(true)
  })

  it('offers the team’s members as people with their role', () => {
    expect(memberOffers([{ name: 'Alex', role: 'Maßnahmenteam' }])).toEqual([
      { item: { name: 'Alex', role: 'Maßnahmenteam' }, label: 'Alex (Maßnahmenteam)' },
    ])
  })
})

describe('taking an offer over', () => {
  it('fills the first empty item or row, else adds at the end, and never replaces what was typed', () => {
    expect(takeOver('list', ['Kinder', ''], 'Pflegedienste')).toEqual(['Kinder', 'Pflegedienste'])
    expect(takeOver('list', ['Kinder'], 'Pflegedienste')).toEqual(['Kinder', 'Pflegedienste'])
    expect(takeOver('people', [{ name: '', role: '' }], { name: 'Alex', role: 'Team' })).toEqual([
      { name: 'Alex', role: 'Team' },
    ])
    expect(takeOver('people', [{ name: 'Kim', role: '' }], { name: 'Alex', role: 'Team' })).toEqual([
      { name: 'Kim', role: '' },
      { name: 'Alex', role: 'Team' },
    ])
  })

  it('adds text after what is there: a new line in long text, a semicolon in short text', () => {
    expect(takeOver('long-text', '', 'Referat')).toBe('Referat')
    expect(takeOver('long-text', 'Bezirk\n', 'Referat')).toBe('Bezirk\nReferat')
    expect(takeOver('short-text', 'Bezirk', 'Referat')).toBe('Bezirk; Referat')
  })

  it('knows what the answer already holds, by name and without regard to case', () => {
    expect(isTaken('list', ['ältere menschen '], 'Ältere Menschen')).toBe(true)
    expect(isTaken('list', ['Kinder'], 'Ältere Menschen')).toBe(false)
    expect(isTaken('people', [{ name: 'alex', role: 'x' }], { name: 'Alex', role: 'Team' })).toBe(true)
    expect(isTaken('people', [{ name: 'Kim', role: 'Alex' }], { name: 'Alex', role: 'Team' })).toBe(false)
    expect(isTaken('long-text', 'Das Referat Klimaanpassung führt.', 'Referat Klimaanpassung')).toBe(true)
    expect(isTaken('date', '', '2026-05-01')).toBe(false)
    expect(isTaken('date', '2026-04-01', '2026-05-01')).toBe(true)
  })
})
