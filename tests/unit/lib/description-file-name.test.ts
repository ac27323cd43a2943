import { describe, expect, it } from 'vitest'
import { descriptionFileBase } from '../../../src/lib/description-export'

describe('the file name of an exported description', () => {
  it('is the project title', () => {
    expect(descriptionFileBase('Digitale Terminvergabe', 'Steckbrief')).toBe('digitale-terminvergabe')
  })

  it('is the handbook’s name for the document when the title has nothing a file name keeps', () => {
    expect(descriptionFileBase('???', 'Steckbrief')).toBe('steckbrief')
    expect(descriptionFileBase('', 'Maßnahmenbeschreibung')).toBe('massnahmenbeschreibung')
    expect(descriptionFileBase('!', '…')).toBe('description')
  })
})
