import { describe, expect, it } from 'vitest'
import { plainHeading, tocEntries } from '../../../src/lib/toc'

describe('table of contents', () => {
  it('lists level 2 and 3 headings, then the sections of the view', () => {
    const entries = tocEntries(
      [
        { level: 2, id: 'ziel', text: 'Ziel' },
        { level: 3, id: 'details', text: 'Details' },
        { level: 4, id: 'tief', text: 'Tief' },
      ],
      [{ id: 'phase-steps', text: 'Schritte dieser Phase' }],
    )
    expect(entries).toEqual([
      { id: 'ziel', text: 'Ziel', level: 2 },
      { id: 'details', text: 'Details', level: 3 },
      { id: 'phase-steps', text: 'Schritte dieser Phase', level: 2 },
    ])
  })

  it('shows headings with inline Markdown as plain words', () => {
    expect(plainHeading('Die [Maßnahme](term:massnahme) **planen**')).toBe('Die Maßnahme planen')
    expect(plainHeading('`Code`  und _mehr_')).toBe('Code und mehr')
  })
})
