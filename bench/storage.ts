/**
 * Storage at scale, in Chromium on real IndexedDB against the production build: 50 teams of 20
 * fully answered projects, seeded through the app's repositories (bench/harness.ts). Then the
 * autosave write, opening the project list and a wizard step in the real UI, the JavaScript heap,
 * and exporting and importing one large team through the data page.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Handbook } from '../src/content/schema.ts'
import type { BenchHarness } from './harness.ts'
import type { WizardBlueprint } from './scale-data.ts'
import { percentile } from './stats.ts'

export const SCALE = { teams: 50, projectsPerTeam: 20, autosaveWrites: 240, openings: 10, transfers: 3 }
/** One team's texts, lists and logbooks this many times longer: an export of about 20 MB. */
const HEAVY = { team: 0, scale: 13 }

type Harness = { __bench: BenchHarness }
type Wait = { __benchWait: (check: () => boolean) => Promise<number> }

/**
 * Resolves with performance.now() at the first DOM change after which `check` holds, and after the
 * next frame, so "visible" means rendered, not only in the DOM. A string, because tsx would wrap
 * named functions in a helper that does not exist in the page.
 */
export const installWait = `window.__benchWait = (check) => new Promise((resolve) => {
  let done = false
  const test = () => {
    if (done || !check()) return
    done = true
    observer.disconnect()
    requestAnimationFrame(() => resolve(performance.now()))
  }
  const observer = new MutationObserver(test)
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  test()
})`

export function blueprintOf(handbook: Handbook): WizardBlueprint {
  return {
    steps: handbook.steps.map((s) => ({
      id: s.id,
      checklist: s.checklist.length,
      questions: s.questions.map((q) => ({
        id: q.id,
        type: q.type,
        options: (q.options ?? []).map((o) => o.value),
      })),
    })),
    values: handbook.values.map((v) => v.id),
  }
}

const stats = (times: number[]) => ({
  samples: times.length,
  p50Ms: percentile(times, 50),
  p95Ms: percentile(times, 95),
})

/** Time from clicking the link to the moment `ready` holds (in the page's own clock). */
export async function clickAndWait(page: Page, href: string, ready: string): Promise<number> {
  return page.evaluate(
    async ({ href, ready }) => {
      const link = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)
      if (!link) throw new Error(`No link to ${href}`)
      const check = new Function(`return (${ready})`) as () => boolean
      const start = performance.now()
      const visible = (window as unknown as Wait).__benchWait(check)
      link.click()
      return (await visible) - start
    },
    { href, ready },
  )
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1e6
}

export async function benchStorage(browser: Browser, base: string, handbook: Handbook, harness: string) {
  const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true })
  await context.addInitScript({ content: installWait })
  const page = await context.newPage()
  const dir = mkdtempSync(join(tmpdir(), 'bench-storage-'))
  const inject = () => page.evaluate(harness)
  const started = performance.now()
  const log = (what: string) =>
    console.log(`  storage: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  try {
    await page.goto(base + '/')
    await page.locator('main h1').waitFor()
    await inject()
    const seeded = await page.evaluate(
      ({ blueprint, scale, heavy }) =>
        (window as unknown as Harness).__bench.seed(blueprint, scale.teams, scale.projectsPerTeam, heavy),
      { blueprint: blueprintOf(handbook), scale: SCALE, heavy: HEAVY },
    )
    log(`seeded ${seeded.records} records`)
    const heavyTeam = seeded.teams[HEAVY.team]
    const projects = seeded.projects[heavyTeam]
    await page.evaluate((id) => (window as unknown as Harness).__bench.selectTeam(id), heavyTeam)

    // Autosave, with the wizard step open (its live queries react to every write, as in use).
    const step = handbook.steps[3]
    await page.goto(`${base}/projekte/${projects[0]}/schritte/${step.id}`)
    await page.locator('.question').first().waitFor()
    await inject()
    const writes = await page.evaluate(
      ({ project, questions, count }) =>
        (window as unknown as Harness).__bench.autosaveWrites(project, questions, count),
      {
        project: projects[0],
        // Text answers only: a text in a list or milestones question is an invalid answer, which
        // the import below would rightly refuse.
        questions: step.questions.filter((q) => q.type.endsWith('-text')).map((q) => q.id),
        count: SCALE.autosaveWrites,
      },
    )

    log('autosave timed')
    // Opening the project list from the home page, in the app (a click on the main navigation):
    // first after loading the app (the route's code is fetched and compiled), then once more.
    const listReady = `location.pathname === '/projekte' && !!document.querySelector('main h1') &&
      document.querySelectorAll('.project-list .card-grid > li').length === ${SCALE.projectsPerTeam}`
    const homeReady = `location.pathname === '/' && !!document.querySelector('main h1')`
    const listFirst: number[] = []
    const listAgain: number[] = []
    for (let i = 0; i < SCALE.openings; i++) {
      await page.goto(base + '/')
      await page.locator('main h1').waitFor()
      listFirst.push(await clickAndWait(page, '/projekte', listReady))
      await clickAndWait(page, '/', homeReady)
      listAgain.push(await clickAndWait(page, '/projekte', listReady))
    }
    const heapListMb = await heapMb(page)

    log('project list timed')
    // Opening a wizard step from the project's overview: heading and every question with its
    // answer. First after loading the app, then another step from the overview again.
    const stepFirst: number[] = []
    const stepAgain: number[] = []
    for (let i = 0; i < SCALE.openings; i++) {
      const project = projects[i % projects.length]
      const overview = `/projekte/${project}`
      const overviewReady = `location.pathname === ${JSON.stringify(overview)} &&
        !!document.querySelector('main a[href^="${overview}/schritte/"]')`
      await page.goto(base + overview)
      for (const [times, n] of [
        [stepFirst, i * 5],
        [stepAgain, i * 5 + 2],
      ] as const) {
        const target = handbook.steps[n % handbook.steps.length]
        const path = `${overview}/schritte/${target.id}`
        await page.locator(`a[href="${path}"]`).first().waitFor()
        const ready = `location.pathname === ${JSON.stringify(path)} &&
          !!document.querySelector('main h1')?.textContent.trim().endsWith(${JSON.stringify(target.title)}) &&
          document.querySelectorAll('main .question').length === ${target.questions.length}`
        times.push(await clickAndWait(page, path, ready))
        await clickAndWait(page, overview, overviewReady)
      }
    }

    log('wizard step timed')
    // Export of the large team through the data page: click until the file is handed over.
    await page.goto(base + '/daten')
    const select = page.locator('#data-export-choice')
    await select.locator(`option[value="team:${heavyTeam}"]`).waitFor({ state: 'attached' })
    await select.selectOption(`team:${heavyTeam}`)
    const heapDataMb = await heapMb(page)
    const exports: number[] = []
    const reads: number[] = []
    const applies: number[] = []
    let exportBytes = 0
    for (let i = 0; i < SCALE.transfers; i++) {
      const start = performance.now()
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Als Datei speichern' }).click(),
      ])
      exports.push(performance.now() - start)
      const file = join(dir, `export-${i}.json`)
      await download.saveAs(file)
      exportBytes = statSync(file).size

      // Import of that file as a copy: reading and checking it (until the preview shows), then applying.
      // Resolves with the time, or with the error the page shows instead of a preview.
      const previewShown = page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#data-import-file')!
        const failed = '#data-import-result [role="alert"]'
        return new Promise<number | string>((resolve) =>
          input.addEventListener(
            'change',
            () => {
              const start = performance.now()
              void (window as unknown as Wait)
                .__benchWait(
                  () => !!document.querySelector(failed) || !!document.getElementById('data-preview-title'),
                )
                .then((end) => resolve(document.querySelector(failed)?.textContent ?? end - start))
            },
            { once: true, capture: true },
          ),
        )
      })
      await page.locator('#data-import-file').setInputFiles(file)
      const read = await previewShown
      if (typeof read === 'string') throw new Error(`The import of the exported team failed: ${read}`)
      reads.push(read)
      applies.push(
        await page.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Als Kopie übernehmen',
          )
          if (!button) throw new Error('No import button')
          const start = performance.now()
          // Reading the file emptied the status, so this waits for this import's message.
          const done = (window as unknown as Wait).__benchWait(
            () =>
              !!document
                .querySelector('#data-import-result [role="status"]')
                ?.textContent?.includes('Übernommen'),
          )
          button.click()
          return done.then((end) => end - start)
        }),
      )
      rmSync(file)
    }
    log('imported')
    await inject()
    const counts = await page.evaluate(() => (window as unknown as Harness).__bench.counts())

    return {
      teams: SCALE.teams,
      projects: SCALE.teams * SCALE.projectsPerTeam,
      records: seeded.records,
      seedMs: seeded.ms,
      autosave: stats(writes),
      openProjectList: { first: stats(listFirst), again: stats(listAgain) },
      openWizardStep: { first: stats(stepFirst), again: stats(stepAgain) },
      heapMb: { projectList: heapListMb, dataPage: heapDataMb },
      export: { bytes: exportBytes, ...stats(exports), maxMs: Math.max(...exports) },
      import: {
        read: stats(reads),
        apply: stats(applies),
        ...stats(reads.map((r, i) => r + applies[i])),
        maxMs: Math.max(...reads.map((r, i) => r + applies[i])),
      },
      projectsAfterImport: counts.projects,
    }
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
