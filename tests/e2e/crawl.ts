import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Words of the Berlin handbook that another handbook shows only if its own files say them. */
export const BERLIN_WORDS = [
  'Gemeinsam Digital',
  'GD:B',
  'Senatskanzlei',
  'Berlin',
  'Handbuch interaktiv',
  'fünf Phasen',
  'five phases',
  'Vorprozess',
  'pre-process',
  'Maßnahme',
  'Einstiegscheck',
  'entry check',
  'Wertekompass',
  'value compass',
]

/** The page has its heading and has finished loading its content. */
export async function shown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
}

/**
 * Opens `start` and every page reachable from there by an internal link, breadth first, and
 * returns the paths it opened and what is wrong: a page headed "not found", a page whose title
 * or visible text shows one of `words`, or a UI text whose link to the site file found nothing
 * (`@:site.words.…` shown as it is, a word this handbook's site file leaves out).
 */
export async function crawl(page: Page, start: string[], words: readonly string[]) {
  const queue = [...new Set(start)]
  const seen = new Set(queue)
  const problems: string[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    await page.goto(path)
    await shown(page)
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    if (/nicht gefunden|not found/i.test(heading)) problems.push(`${path}: "${heading}"`)
    const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`)
    for (const word of words.filter((w) => text.includes(w))) problems.push(`${path} shows "${word}"`)
    for (const [link] of text.matchAll(/@(?:\.capitalize)?:[\w.-]+/g))
      problems.push(`${path} shows "${link}"`)
    const links = await page.evaluate(() =>
      // Also the links of the process diagram (SVG), whose `href` is not a string.
      [...document.querySelectorAll('a[href]')]
        .map((a) => new URL(a.getAttribute('href')!, location.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname),
    )
    for (const link of links) {
      if (!seen.has(link) && !/\.\w+$/.test(link)) {
        seen.add(link)
        queue.push(link)
      }
    }
  }
  return { seen: [...seen], problems }
}
