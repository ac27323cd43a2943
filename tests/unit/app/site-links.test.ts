import { describe, expect, it } from 'vitest'
import shellDe from '../../../src/app/messages/de'
import shellEn from '../../../src/app/messages/en'
import toolsDe from '../../../src/app/messages/tools-de'
import toolsEn from '../../../src/app/messages/tools-en'

type Catalog = { [key: string]: string | Catalog }

function* texts(catalog: Catalog, path = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') yield [`${path}${key}`, value]
    else yield* texts(value, `${path}${key}.`)
  }
}
const lookup = (catalog: Catalog, key: string) =>
  key
    .split('.')
    .reduce<string | Catalog | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      catalog,
    )

describe('links from UI texts to the site file', () => {
  it.each([
    ['de', shellDe, toolsDe],
    ['en', shellEn, toolsEn],
  ])('resolve in %s; a shell text links only to what the shell loads', (_lang, shell, tools) => {
    const checks: [Catalog, Catalog][] = [
      [shell as unknown as Catalog, shell as unknown as Catalog],
      [tools as unknown as Catalog, { ...shell, ...tools } as unknown as Catalog],
    ]
    for (const [catalog, available] of checks) {
      for (const [key, text] of texts(catalog)) {
        for (const [, target] of text.matchAll(/@(?:\.capitalize)?:([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)/g)) {
          expect(typeof lookup(available, target!), `${key} links to ${target}`).toBe('string')
        }
      }
    }
  })

  it('leave no Berlin and no fixed name of the handbook in the UI texts', () => {
    for (const catalog of [shellDe, shellEn, toolsDe, toolsEn]) {
      const ui = Object.fromEntries(
        Object.entries(catalog).filter(([key]) => key !== 'site' && key !== 'siteTools'),
      ) as Catalog
      for (const [key, text] of texts(ui)) {
        expect(text, key).not.toMatch(
          /Berlin|GD:B|Senatskanzlei|Handbuch interaktiv|Maßnahme|Einstiegscheck|Wertekompass|Vorprozess|fünf Phasen/,
        )
      }
    }
  })
})
