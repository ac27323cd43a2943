import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost'])

/**
 * Every end-to-end test runs with this guard: a request to any host but this machine fails the
 * test, because the app must work with no network and must not phone home.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ context }, use) => {
      const external: string[] = []
      context.on('request', (request) => {
        const url = new URL(request.url())
        if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) {
          external.push(request.url())
        }
      })
      await use(external)
      expect(external, 'requests to hosts other than 127.0.0.1/localhost').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules plus best practices; returns the violations.
 * `rules` narrows the scan to the named rules: a second colour scheme changes colours only, so its
 * test scans the colour rules and leaves the rest to the light scheme's full scan.
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}) {
  const builder = new AxeBuilder({ page })
  const results = await (
    rules
      ? builder.withRules(rules)
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
  ).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/**
 * Opens the data page, which creates the app's database on a fresh device (reading pages do not
 * open it), and waits until its tables exist, so a test may write records straight into it.
 */
export async function openAppDatabase(page: Page) {
  await page.goto('/daten')
  await waitForAppDatabase(page)
}

/** Waits until the page has created the app's database with its tables. */
export async function waitForAppDatabase(page: Page) {
  // expect.poll, not waitForFunction: the latter does not await an async predicate.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        if (!(await indexedDB.databases()).some((d) => d.name === 'handbuch-interaktiv')) return false
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('handbuch-interaktiv')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        // Dexie may first open the database without its tables; wait for the last one.
        const ready = db.objectStoreNames.contains('workshops')
        db.close()
        return ready
      }),
    )
    .toBe(true)
}
