/**
 * What the README's screenshots show, taken from the handbook instead of named: the page of its
 * first phase, in its leading language, on a desktop and on a phone (390 px, with the compact
 * header). Every handbook that passes the content check has a phase 1, so this works for any of them.
 */
import type { Handbook, Lang } from '../src/content/schema.ts'
import { contentPath } from '../src/content/routes.ts'

export interface Shot {
  file: string
  path: string
  locale: string
  viewport: { width: number; height: number }
}

/** The browser locale that makes the app start in a language (src/app/i18n.ts reads navigator.languages). */
const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' }

export function screenshotPages(book: Pick<Handbook, 'lang' | 'phases'>): Shot[] {
  const first = book.phases.find((phase) => phase.number === 1)
  if (!first) throw new Error('The handbook has no phase 1; run npm run content:check')
  const path = contentPath('phase', first.id)
  const locale = LOCALES[book.lang]
  return [
    { file: 'docs/screenshot.png', path, locale, viewport: { width: 1200, height: 800 } },
    { file: 'docs/screenshot-phone.png', path, locale, viewport: { width: 390, height: 844 } },
  ]
}
