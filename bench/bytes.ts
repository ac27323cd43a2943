/** What the first visit of a page downloads: JavaScript and CSS, measured as gzip and brotli. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { sizes, type Sizes } from './stats.ts'

export interface PageBytes {
  js: Sizes
  css: Sizes
  files: string[]
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
})
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 })

/**
 * Loads `url` in a fresh context with service workers blocked (so the precache download is not
 * counted as part of the first visit) and adds up every script and stylesheet it fetched.
 */
export async function firstVisitBytes(browser: Browser, url: string, ready: string): Promise<PageBytes> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'de-DE' })
  const page = await context.newPage()
  const bodies: Promise<{ type: string; url: string; body: Buffer } | null>[] = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    bodies.push(
      response.body().then(
        (body) => ({ type, url: response.url(), body }),
        () => null,
      ),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForSelector(ready)
  await page.waitForLoadState('networkidle')
  const result: PageBytes = { js: zero(), css: zero(), files: [] }
  for (const item of await Promise.all(bodies)) {
    if (!item) continue
    result.files.push(new URL(item.url).pathname)
    if (item.type === 'script') result.js = add(result.js, sizes(item.body))
    else result.css = add(result.css, sizes(item.body))
  }
  await context.close()
  return result
}

/** Total size of the files the service worker precaches, read from the generated sw.js. */
export function precacheBytes(dist: string): { entries: number; bytes: number } | null {
  const sw = join(dist, 'sw.js')
  if (!existsSync(sw)) return null
  const urls = [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1])
  const bytes = urls.reduce((sum, url) => {
    const file = join(dist, url)
    return sum + (existsSync(file) ? statSync(file).size : 0)
  }, 0)
  return { entries: urls.length, bytes }
}
