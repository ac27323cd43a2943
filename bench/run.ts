/**
 * `npm run bench`: speed, size and scale of the production build in one run. Prints a table and
 * writes bench/results.json. Times are reported here, never asserted in tests (machines differ).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { loadHandbook } from '../build/content/load.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'
import { firstVisitBytes, precacheBytes } from './bytes.ts'
import { benchFilter } from './filter.ts'
import { buildHarness } from './harness-build.ts'
import { runLighthouse } from './lighthouse.ts'
import { lighthouseStepAccessibility } from './lighthouse-a11y.ts'
import { benchLiveTimer } from './live-timer.ts'
import { benchSearch } from './search.ts'
import { benchManyTeams, manyTeamsRows } from './scale-teams.ts'
import { benchStorage, SCALE } from './storage.ts'
import { kB, ms, printTable } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const skipLighthouse = process.argv.includes('--no-lighthouse')
// `--only=many-teams` runs that part alone and updates its entry in bench/results.json;
// `--only=storage` runs the storage part alone and prints it.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
// Overridable, so two checkouts can run the bench at the same time; the floor takes the next port.
const port = Number(process.env.BENCH_PORT ?? 4190)

console.log('Building the app and the floor …')
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' })
await build({ configFile: join(root, 'bench/floor/vite.config.ts'), logLevel: 'warn' })
const harness = await buildHarness(root)

const app = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  preview: { host: '127.0.0.1', port, strictPort: true },
  logLevel: 'warn',
})
const floor = await preview({
  configFile: join(root, 'bench/floor/vite.config.ts'),
  preview: { host: '127.0.0.1', port: port + 1, strictPort: true },
  logLevel: 'warn',
})
const base = `http://127.0.0.1:${port}`
const executablePath = await chromiumPath()
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })

try {
  if (only === 'storage') {
    // The storage part alone, printed but not written to bench/results.json (a partial entry
    // would mix one run's storage with another's pages).
    const { handbooks } = loadHandbook(join(root, 'handbook-content'), { strictTranslations: true })
    console.log(JSON.stringify(await benchStorage(browser, base, handbooks.de, harness), null, 2))
  } else if (only === 'many-teams') {
    console.log('Many teams …')
    const manyTeams = await benchManyTeams(browser, base, harness)
    const file = join(root, 'bench/results.json')
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {}
    writeFileSync(file, JSON.stringify({ ...previous, manyTeams }, null, 2) + '\n')
    printTable(manyTeamsRows(manyTeams, ms))
  } else {
    const pages = {
      home: ['/', 'main h1'],
      handbookPage: ['/handbuch/prozessmodell', 'main h1'],
      methodLibrary: ['/methoden', 'main h1'],
      wizardStep: ['/handbuch/schritte/kick-off', 'main h1'],
    } as const
    const bytes: Record<string, Awaited<ReturnType<typeof firstVisitBytes>>> = {}
    for (const [name, [path, ready]] of Object.entries(pages))
      bytes[name] = await firstVisitBytes(browser, base + path, ready)
    const floorBytes = await firstVisitBytes(browser, `http://127.0.0.1:${port + 1}/`, 'h1')
    const precache = precacheBytes(join(root, 'dist'))

    const { handbooks } = loadHandbook(join(root, 'handbook-content'), { strictTranslations: true })
    const search = benchSearch([handbooks.de, handbooks.en])
    const filter = benchFilter([handbooks.de, handbooks.en])

    console.log('Storage at scale …')
    const storage = await benchStorage(browser, base, handbooks.de, harness)
    console.log('Live timer …')
    const liveTimer = await benchLiveTimer(browser, base, harness)
    console.log('Many teams …')
    const manyTeams = await benchManyTeams(browser, base, harness)

    const lighthouse = skipLighthouse
      ? null
      : await runLighthouse(executablePath, [
          base + '/',
          base + '/handbuch/prozessmodell',
          base + '/methoden',
        ])
    const lighthouseStep = skipLighthouse ? null : await lighthouseStepAccessibility(executablePath, base)

    const results = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      bytes: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, { js: v.js, css: v.css }])),
      floor: { js: floorBytes.js, css: floorBytes.css },
      homeJsGzipOverFloor: bytes.home.js.gzip / floorBytes.js.gzip,
      precache,
      search,
      filter,
      storage,
      liveTimer,
      manyTeams,
      lighthouse,
      lighthouseStep,
    }
    mkdirSync(join(root, 'bench'), { recursive: true })
    // Entries written by other benchmarks (`sync` from npm run bench:sync) are kept.
    const file = join(root, 'bench/results.json')
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {}
    writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n')

    const rows: [string, string, string?][] = []
    for (const [name, v] of Object.entries(bytes)) {
      rows.push([`${name}: JS gzip / brotli`, `${kB(v.js.gzip)} / ${kB(v.js.brotli)}`])
      rows.push([`${name}: CSS gzip / brotli`, `${kB(v.css.gzip)} / ${kB(v.css.brotli)}`])
    }
    rows.push(['floor (Vue + router + Pinia): JS gzip', kB(floorBytes.js.gzip)])
    rows.push([
      'home JS gzip ÷ floor',
      `${results.homeJsGzipOverFloor.toFixed(2)} ×`,
      'target ≤ 2 ×, never above 90 kB',
    ])
    if (precache) rows.push(['precache', `${kB(precache.bytes)} in ${precache.entries} files`])
    rows.push(['search: index build', ms(search.indexBuildMs)])
    rows.push([
      `search: p50 / p95 of ${search.queries} queries`,
      `${ms(search.queryP50Ms)} / ${ms(search.queryP95Ms)}`,
    ])
    rows.push([
      `filter: p50 / p95 of ${filter.changes} changes (${filter.cards} cards)`,
      `${ms(filter.p50Ms)} / ${ms(filter.p95Ms)}`,
      'target p95 < 5 ms',
    ])
    const scale = `${storage.teams} teams × ${SCALE.projectsPerTeam} projects`
    rows.push([`storage: seeded (${scale})`, `${storage.records} records in ${ms(storage.seedMs)}`])
    const p50p95 = (s: { p50Ms: number; p95Ms: number }) => `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`
    rows.push([
      `storage: autosave write p50 / p95 (${storage.autosave.samples})`,
      p50p95(storage.autosave),
      'target p95 < 30 ms',
    ])
    for (const [name, open] of [
      ['project list', storage.openProjectList],
      ['wizard step', storage.openWizardStep],
    ] as const) {
      rows.push([
        `storage: open ${name}, first p50 / p95 (${open.first.samples})`,
        p50p95(open.first),
        'target < 100 ms',
      ])
      rows.push([`storage: open ${name}, again p50 / p95 (${open.again.samples})`, p50p95(open.again)])
    }
    rows.push([
      'storage: JS heap, project list / data page',
      `${storage.heapMb.projectList.toFixed(1)} MB / ${storage.heapMb.dataPage.toFixed(1)} MB`,
    ])
    rows.push([
      `storage: export one team (${kB(storage.export.bytes)}), p50 / max (${storage.export.samples})`,
      `${ms(storage.export.p50Ms)} / ${ms(storage.export.maxMs)}`,
      'target < 2 s',
    ])
    rows.push([
      `storage: import it, read + apply p50 / max (${storage.import.samples})`,
      `${ms(storage.import.read.p50Ms)} + ${ms(storage.import.apply.p50Ms)} / ${ms(storage.import.maxMs)}`,
      'target < 3 s',
    ])
    rows.push([
      `live timer: max drift over ${liveTimer.sessionMinutes} min (${liveTimer.lateTicks} late ticks)`,
      ms(liveTimer.maxAbsDriftMs),
      'target < 1 s',
    ])
    rows.push(...manyTeamsRows(manyTeams, ms))
    for (const [url, r] of Object.entries(lighthouse ?? {})) {
      const path = new URL(url).pathname
      rows.push([
        `lighthouse ${path}: perf / a11y / bp`,
        `${r.performance} / ${r.accessibility} / ${r.bestPractices}`,
      ])
      rows.push([
        `lighthouse ${path}: LCP / TBT / CLS`,
        `${ms(r.lcpMs)} / ${ms(r.tbtMs)} / ${r.cls.toFixed(3)}`,
      ])
    }
    if (lighthouseStep) {
      rows.push([
        `lighthouse ${lighthouseStep.path} with a project: a11y`,
        `${lighthouseStep.score}${lighthouseStep.failing.length ? ` (${lighthouseStep.failing.join('; ')})` : ''}`,
        'target 100',
      ])
    }
    console.log('')
    printTable(rows)
    console.log('\nWritten to bench/results.json')
  }
} finally {
  await browser.close()
  await new Promise<void>((r) => app.httpServer.close(() => r()))
  await new Promise<void>((r) => floor.httpServer.close(() => r()))
}
