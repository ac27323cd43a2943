/**
 * The hostile import of issue #22, in Chromium on real IndexedDB against the production build:
 * 100 000 teams, and one team of 5,000 projects whose newest project has a 1 MB description. Times
 * are from the start of a page load until the page is usable (measured in the page's own clock),
 * then a search in the header, and deleting the big team and everything through the data page.
 */
import type { Browser, Page } from 'playwright-core'
import type { BenchHarness } from './harness.ts'
import { installWait } from './storage.ts'
import { percentile } from './stats.ts'

export const MANY = { teams: 100_000, projects: 5000, descriptionChars: 1_000_000, loads: 5, searches: 5 }

type Harness = { __bench: BenchHarness }
type Marks = { __benchFirst: Record<string, number> }

/**
 * What "usable" means for each page, checked after every DOM change from the start of the load:
 * the first time each holds (after the next frame) is kept in window.__benchFirst.
 */
const READY: Record<string, string> = {
  home: `location.pathname === '/' && !!document.querySelector('main h1') &&
    document.querySelectorAll('header .team-switcher option').length > 0 &&
    !!document.querySelector('header .team-switcher input[type="search"]')`,
  dataPage: `location.pathname === '/daten' &&
    document.querySelectorAll('.remove-list > li').length >= 10 &&
    document.querySelectorAll('#data-export-choice option').length > 0`,
  projectList: `location.pathname === '/projekte' &&
    document.querySelectorAll('.project-list .card-grid > li').length === 50`,
  overview: `location.pathname.startsWith('/projekte/bench-big-') &&
    !!document.querySelector('main a[href*="/schritte/"]') &&
    !!document.querySelector('main .lead')`,
}

const installMarks = `window.__benchFirst = {}
const checks = { ${Object.entries(READY)
  .map(([name, check]) => `${name}: () => (${check})`)
  .join(', ')} }
const pending = new Set(Object.keys(checks))
const test = () => {
  for (const name of [...pending]) {
    let holds = false
    try { holds = checks[name]() } catch {}
    if (!holds) continue
    pending.delete(name)
    requestAnimationFrame(() => (window.__benchFirst[name] = performance.now()))
  }
}
new MutationObserver(test).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })`

const stats = (times: number[]) => ({
  samples: times.length,
  p50Ms: percentile(times, 50),
  maxMs: Math.max(...times),
})

/** Loads `path` afresh `times` times; the time until `mark` first held in each load. */
async function loads(page: Page, url: string, mark: string, times: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < times; i++) {
    await page.goto(url)
    await page.waitForFunction(
      (name) => (window as unknown as Marks).__benchFirst?.[name] !== undefined,
      mark,
      {
        timeout: 300_000,
        polling: 50,
      },
    )
    out.push(await page.evaluate((name) => (window as unknown as Marks).__benchFirst[name], mark))
  }
  return out
}

/** Types into the header's team search (as one input) until the wanted team is an option. */
async function searchInHeader(page: Page, text: string, option: string): Promise<number> {
  return page.evaluate(
    async ({ text, option }) => {
      const input = document.querySelector<HTMLInputElement>('header .team-switcher input[type="search"]')
      if (!input) throw new Error('No team search in the header')
      const start = performance.now()
      // Inline, not a named function: tsx would wrap that in a helper the page does not have.
      const shown = (window as unknown as { __benchWait: (c: () => boolean) => Promise<number> }).__benchWait(
        () =>
          [...document.querySelectorAll('header .team-switcher option')].some(
            (o) => o.textContent === option,
          ),
      )
      input.value = text
      input.dispatchEvent(new Event('input'))
      return (await shown) - start
    },
    { text, option },
  )
}

/** On the data page: confirm a deletion and wait for the panel's "Gelöscht." and `check`. */
async function timeDeletion(page: Page, button: string, check: () => Promise<boolean>): Promise<number> {
  await page.getByRole('button', { name: button }).click()
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' })
  const start = Date.now()
  await confirm.click()
  await page
    .getByRole('region', { name: 'Löschen' })
    .getByRole('status')
    .filter({ hasText: 'Gelöscht.' })
    .waitFor({ timeout: 300_000 })
  const took = Date.now() - start
  if (!(await check())) throw new Error(`Deleting with "${button}" left data behind`)
  return took
}

export async function benchManyTeams(browser: Browser, base: string, harness: string) {
  const context = await browser.newContext({ locale: 'de-DE' })
  await context.addInitScript({ content: installWait })
  await context.addInitScript({ content: installMarks })
  const page = await context.newPage()
  const started = performance.now()
  const log = (what: string) =>
    console.log(`  many teams: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  try {
    await page.goto(base + '/')
    await page.locator('main h1').waitFor()
    await page.evaluate(harness)
    const teamsMs = await page.evaluate(
      (n) => (window as unknown as Harness).__bench.seedManyTeams(n),
      MANY.teams,
    )
    const big = await page.evaluate(
      ({ projects, chars }) => (window as unknown as Harness).__bench.seedBigTeam(projects, chars),
      { projects: MANY.projects, chars: MANY.descriptionChars },
    )
    await page.evaluate((id) => (window as unknown as Harness).__bench.selectTeam(id), big.teamId)
    log(`seeded ${MANY.teams} teams in ${(teamsMs / 1000).toFixed(1)} s and ${MANY.projects} projects`)

    const home = await loads(page, base + '/', 'home', MANY.loads)
    log('home page timed')
    const searches: number[] = []
    for (let i = 0; i < MANY.searches; i++) {
      const n = 99_999 - i * 12_345
      searches.push(await searchInHeader(page, `import ${n}`, `Import ${n} Team`))
    }
    log('header search timed')
    const dataPage = await loads(page, base + '/daten', 'dataPage', MANY.loads)
    log('data page timed')
    const projectList = await loads(page, base + '/projekte', 'projectList', MANY.loads)
    log('project list timed')
    const overview = await loads(page, `${base}/projekte/${big.projectId}`, 'overview', MANY.loads)
    log('overview timed')

    await page.goto(base + '/daten')
    await page.getByRole('searchbox', { name: 'Team zum Löschen suchen' }).fill('projektflut')
    await page.evaluate(harness)
    const deleteTeamMs = await timeDeletion(page, 'Team „Großes Team Projektflut“ löschen', async () =>
      page.evaluate(async () => (await (window as unknown as Harness).__bench.counts()).projects === 0),
    )
    log('big team deleted')
    await page.goto(base + '/daten')
    await page.evaluate(harness)
    const deleteAllMs = await timeDeletion(page, 'Alle Daten auf diesem Gerät löschen', async () =>
      page.evaluate(async () => (await (window as unknown as Harness).__bench.counts()).teams === 0),
    )
    log('everything deleted')

    return {
      teams: MANY.teams,
      projectsInOneTeam: MANY.projects,
      descriptionChars: MANY.descriptionChars,
      seedTeamsMs: teamsMs,
      homeSwitcherReady: stats(home),
      headerSearch: stats(searches),
      dataPageUsable: stats(dataPage),
      projectListReady: stats(projectList),
      overviewWithLongDescription: stats(overview),
      deleteTeamWithProjectsMs: deleteTeamMs,
      deleteEverythingMs: deleteAllMs,
    }
  } finally {
    await context.close()
  }
}

type ManyTeams = Awaited<ReturnType<typeof benchManyTeams>>

/** The rows of the printed table. */
export function manyTeamsRows(r: ManyTeams, ms: (v: number) => string): [string, string, string?][] {
  const p50max = (s: { p50Ms: number; maxMs: number }) => `${ms(s.p50Ms)} / ${ms(s.maxMs)}`
  const n = r.teams.toLocaleString('en')
  return [
    [`${n} teams: home page with the team switcher, load p50 / max`, p50max(r.homeSwitcherReady)],
    [`${n} teams: header search to the option, p50 / max`, p50max(r.headerSearch)],
    [`${n} teams: data page usable, load p50 / max`, p50max(r.dataPageUsable)],
    [`${r.projectsInOneTeam} projects: project list, load p50 / max`, p50max(r.projectListReady)],
    [`1 MB description: project overview, load p50 / max`, p50max(r.overviewWithLongDescription)],
    [
      `delete the team of ${r.projectsInOneTeam} projects / everything`,
      `${ms(r.deleteTeamWithProjectsMs)} / ${ms(r.deleteEverythingMs)}`,
    ],
  ]
}
