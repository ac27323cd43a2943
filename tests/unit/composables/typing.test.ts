import { afterEach, describe, expect, it } from 'vitest'
import { isTypingIn } from '../../../src/composables/typing'

const make = (html: string) => {
  document.body.innerHTML = html
  return document.body.firstElementChild as HTMLElement
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('isTypingIn', () => {
  it('is true for fields that take text', () => {
    for (const html of [
      '<input>',
      '<input type="text">',
      '<input type="search">',
      '<input type="email">',
      '<input type="number">',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
    ])
      expect(isTypingIn(make(html)), html).toBe(true)
  })

  it('is true inside editable content', () => {
    const editor = make('<div contenteditable="true"><p>Text</p></div>')
    expect(isTypingIn(editor)).toBe(true)
  })

  it('is false for buttons, links, check boxes and the page itself', () => {
    for (const html of [
      '<button>Los</button>',
      '<a href="/">Start</a>',
      '<input type="checkbox">',
      '<input type="radio">',
      '<input type="submit">',
      '<input type="range">',
      '<p>Text</p>',
    ])
      expect(isTypingIn(make(html)), html).toBe(false)
    expect(isTypingIn(document.body)).toBe(false)
    expect(isTypingIn(null)).toBe(false)
    expect(isTypingIn(window)).toBe(false)
  })
})
