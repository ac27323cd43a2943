/**
 * Drift of the live timer over a 60-minute session, in the real live page with Playwright's fake
 * clock: time runs in short smooth stretches (every tick fires) and in long jumps where a throttled
 * or sleeping tab gets one late tick. After each, the displayed countdown is compared with the
 * time that really passed since the click on "Start".
 */
import type { Browser } from 'playwright-core'
import type { BenchHarness } from './harness.ts'

const MINUTE = 60_000
const SESSION_MS = 60 * MINUTE
/** One agenda item longer than the session, so the countdown never switches items. */
const ITEM_MINUTES = 90

/** "12:05", "-1:30", "1:02:00" back to milliseconds. */
export function parseCountdown(text: string): number {
  const sign = text.trim().startsWith('-') ? -1 : 1
  const seconds = text
    .trim()
    .replace('-', '')
    .split(':')
    .reduce((sum, part) => sum * 60 + Number(part), 0)
  return sign * seconds * 1000
}

export async function benchLiveTimer(browser: Browser, base: string, harness: string) {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  try {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00+01:00') })
    await page.goto(base + '/')
    await page.locator('main h1').waitFor()
    await page.evaluate(harness)
    const id = await page.evaluate(
      (minutes) =>
        (window as unknown as { __bench: BenchHarness }).__bench.createWorkshop('Drift', [minutes]),
      ITEM_MINUTES,
    )
    await page.goto(`${base}/workshops/${id}/live`)
    const timer = page.getByRole('timer')
    await timer.waitFor()
    const start = page.getByRole('button', { name: 'Start', exact: true })
    await start.waitFor()
    // From here on, time moves only when the bench moves it.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000))
    const startedAt = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')!
      const at = Date.now()
      button.click()
      return at
    })
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor()

    const drifts: number[] = []
    let lateTicks = 0
    for (let i = 0; ; i++) {
      const now = await page.evaluate(() => Date.now())
      if (now - startedAt >= SESSION_MS) break
      // Starts with a jump: right after the start, storage's own updates are still pending then.
      if (i % 3 === 0) {
        // A throttled tab: 20–90 s pass, and only one late tick fires.
        await page.clock.fastForward(20_000 + ((i * 7919) % 70_000))
        lateTicks++
      } else {
        await page.clock.runFor(1_000 + ((i * 3571) % 14_000))
      }
      const sample = await page.evaluate(() => ({
        text: document.querySelector('[role="timer"]')?.textContent ?? '',
        now: Date.now(),
      }))
      const trueRemaining = ITEM_MINUTES * MINUTE - (sample.now - startedAt)
      // The display shows whole seconds, rounded up: correct means 0 ≤ drift < 1000 ms.
      drifts.push(parseCountdown(sample.text) - trueRemaining)
    }
    const worst = drifts.reduce((max, d) => (Math.abs(d) > Math.abs(max) ? d : max), 0)
    return {
      sessionMinutes: SESSION_MS / MINUTE,
      samples: drifts.length,
      lateTicks,
      maxAbsDriftMs: Math.abs(worst),
      worstDriftMs: worst,
      /** How much later than its whole-second rounding allows the display changed; 0 is on time. */
      maxLagBeyondRoundingMs: Math.max(0, ...drifts.map((d) => d - 999), ...drifts.map((d) => -d)),
    }
  } finally {
    await context.close()
  }
}
