/**
 * Issue 20: the app finds pages by role, never by id. Any handbook names its pages as it likes; the
 * check requires the roles the app links to and names the missing one.
 */
import { describe, expect, it } from 'vitest'
import { outlineOf } from '../../../src/content/parts'
import { contentPath } from '../../../src/content/routes'
import { roleOf, rolesOf } from '../../../src/content/roles'
import { FOUR_PHASES, loadFixture, loadRealHandbook, type Editor } from './fixture'

const four = (edit?: (f: Editor) => void) => loadFixture(edit, true, FOUR_PHASES)
const both = (f: Editor, path: string, from: string, to: string) => {
  f.replace(`de/${path}`, from, to)
  f.replace(`en/${path}`, from, to)
}

describe('pages by role', () => {
  it("finds another handbook's pages by role in the outline, in both languages", () => {
    const { messages, handbooks } = four()
    expect(messages).toEqual([])
    for (const book of [handbooks.de, handbooks.en]) {
      expect(outlineOf(book).roles).toEqual({
        home: 'willkommen',
        values: 'werte',
        about: 'impressum',
        accessibility: 'zugaenglichkeit',
        privacy: 'datenschutzhinweise',
      })
    }
  })

  it("gives Berlin's pages their roles, so the Berlin addresses stay", () => {
    const { handbooks } = loadRealHandbook()
    const roles = outlineOf(handbooks.de).roles
    expect(roles).toEqual({
      home: 'start',
      'process-model': 'prozessmodell',
      values: 'wertekompass',
      about: 'ueber',
      privacy: 'datenschutz',
      accessibility: 'barrierefreiheit',
    })
    expect(outlineOf(handbooks.en).roles).toEqual(roles)
    const path = (id: string) => contentPath('page', id, roleOf(roles, id))
    expect(['start', 'ueber', 'datenschutz', 'barrierefreiheit', 'wertekompass'].map(path)).toEqual([
      '/',
      '/ueber',
      '/datenschutz',
      '/barrierefreiheit',
      '/handbuch/wertekompass',
    ])
  })

  it('links a footer page in the content to its short path, whatever its id', () => {
    const { handbooks } = four((f) =>
      f.replace('de/pages/willkommen.md', 'Es beginnt', '[Impressum](page:impressum). Es beginnt'),
    )
    expect(handbooks.de.pages.find((p) => p.id === 'willkommen')?.html).toContain('href="/impressum"')
  })

  it('takes the first page of a role and knows pages without one', () => {
    const roles = rolesOf([{ id: 'a', role: 'home' }, { id: 'b' }, { id: 'c', role: 'home' }])
    expect(roles).toEqual({ home: 'a' })
    expect(roleOf(roles, 'a')).toBe('home')
    expect(roleOf(roles, 'b')).toBeUndefined()
  })
})

describe('the role check', () => {
  it('names a role the footer needs and no page has, with the pages folder and the field', () => {
    const { messages } = four((f) => both(f, 'pages/datenschutzhinweise.md', 'role: privacy\n', ''))
    expect(messages).toEqual([
      'handbook-content/de/pages/ › role: no page has role: privacy; the footer links to it (add "role: privacy" to one page)',
    ])
  })

  it('names the missing home page and the missing values page', () => {
    const { messages } = four((f) => {
      both(f, 'pages/willkommen.md', 'role: home\n', '')
      both(f, 'pages/werte.md', 'role: values\n', '')
    })
    expect(messages).toEqual([
      'handbook-content/de/pages/ › role: no page has role: home; the home page shows it (add "role: home" to one page)',
      'handbook-content/de/pages/ › role: no page has role: values; every value links back to it (add "role: values" to one page)',
    ])
  })

  it('needs no values page in a handbook without values', () => {
    const { messages } = four((f) => {
      f.remove('de/values')
      f.remove('en/values')
      f.replace('de/pages/willkommen.md', '[Offenheit](value:offen)', 'Offenheit')
      f.replace('en/pages/willkommen.md', '[Openness](value:offen)', 'Openness')
      both(f, 'steps/start.md', 'type: value-compass', 'type: long-text')
      both(f, 'pages/werte.md', 'role: values\n', '')
    })
    expect(messages).toEqual([])
  })

  it('fails a role given to two pages, in the second file', () => {
    const { messages } = four((f) => both(f, 'pages/werte.md', 'role: values', 'role: about'))
    expect(messages).toEqual([
      'handbook-content/de/pages/werte.md › role: the role about is already given to handbook-content/de/pages/impressum.md; a role belongs to one page',
      'handbook-content/de/pages/ › role: no page has role: values; every value links back to it (add "role: values" to one page)',
    ])
  })

  it('fails a role that is not known, listing the roles', () => {
    const { messages } = four((f) => both(f, 'pages/impressum.md', 'role: about', 'role: imprint'))
    expect(messages).toEqual([
      'handbook-content/de/pages/impressum.md › role: expected one of: home, process-model, values, about, privacy, accessibility; found the text "imprint"',
      'handbook-content/en/pages/impressum.md › role: expected one of: home, process-model, values, about, privacy, accessibility; found the text "imprint"',
    ])
  })

  it('fails a role that differs between the languages, in the English file', () => {
    const { messages } = four((f) => f.replace('en/pages/impressum.md', 'role: about\n', ''))
    expect(messages).toEqual([
      'handbook-content/en/pages/impressum.md › role: differs from the German file handbook-content/de/pages/impressum.md; data (numbers, ids, codes) must be the same in both languages',
    ])
  })
})
