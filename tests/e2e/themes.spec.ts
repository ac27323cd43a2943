import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { tabTo } from './keyboard'
import { seedProjectAndWorkshop } from './seed'

test.describe.configure({ timeout: 120_000 })

const MAIN_ROUTES = [
  '/',
  '/handbuch',
  '/handbuch/prozessmodell',
  '/handbuch/phasen/vorprozess',
  '/handbuch/glossar',
  '/methoden',
  '/methoden/akteure-kartieren',
  '/projekte',
  '/workshops',
  '/suche?q=Beteiligung',
  '/daten',
  '/barrierefreiheit',
]

async function loaded(page: Page, route: string) {
  await page.goto(route)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
}

/** The colour rules: the rest of axe does not depend on the colour scheme and runs in a11y.spec. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

for (const lang of ['de', 'en'] as const) {
  test.describe(`dark colour scheme, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB', colorScheme: 'dark' })

    async function expectReadable(page: Page, routes: string[]) {
      for (const route of routes) {
        await loaded(page, route)
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
        expect.soft(await axeViolations(page, { rules: COLOUR_RULES }), route).toEqual([])
      }
    }

    test('main routes pass axe’s colour contrast checks', async ({ page }) => {
      await expectReadable(page, MAIN_ROUTES)
    })

    test('the project and workshop pages pass axe’s colour contrast checks', async ({ page }) => {
      const { project, workshop } = await seedProjectAndWorkshop(page, lang)
      await expectReadable(page, [
        project,
        `${project}/schritte/mehrwert-identifizieren`,
        `${project}/beschreibung`,
        workshop,
        `${workshop}/live`,
        `${workshop}/projektor`,
      ])
    })
  })
}

test('dark scheme really darkens the page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await loaded(page, '/')
  const [bg, text] = await page.evaluate(() => {
    // KERN's tokens are oklch() colours: paint each on a canvas to read it back as sRGB.
    const srgb = (colour: string) => {
      const context = document.createElement('canvas').getContext('2d')!
      context.fillStyle = colour
      context.fillRect(0, 0, 1, 1)
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data
      return `rgb(${r}, ${g}, ${b})`
    }
    const style = getComputedStyle(document.documentElement)
    return [srgb(style.backgroundColor), srgb(style.color)]
  })
  // KERN's dark theme: a black page and near-white text.
  expect(bg).toBe('rgb(0, 0, 0)')
  expect(contrast(text, bg)).toBeGreaterThanOrEqual(15)
})

test('reduced motion: no transitions, no animations, no smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const route of ['/', '/handbuch', '/methoden']) {
    await loaded(page, route)
    // A probe styled as a future component might be: the global rule has to switch it off too.
    const moving = await page.evaluate(() => {
      const probe = document.createElement('div')
      probe.style.cssText = 'transition: opacity 1s; animation: pulse 2s infinite; scroll-behavior: smooth'
      document.getElementById('main')!.append(probe)
      const found = [document.documentElement, ...document.querySelectorAll('body *')].flatMap((el) => {
        const style = getComputedStyle(el)
        const seconds = (list: string) => Math.max(...list.split(',').map((s) => parseFloat(s)))
        const moves =
          seconds(style.transitionDuration) > 0 ||
          (style.animationName !== 'none' && seconds(style.animationDuration) > 0) ||
          style.scrollBehavior === 'smooth'
        return moves ? [`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`] : []
      })
      probe.remove()
      return found
    })
    expect(moving, route).toEqual([])
  }
})

/** Contrast ratio of two computed CSS colours (rgb/rgba strings). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The colour a system colour keyword resolves to in the emulated forced-colours palette. */
const systemColour = (page: Page, keyword: string) =>
  page.evaluate((k) => {
    const probe = document.createElement('span')
    probe.style.color = k
    document.body.append(probe)
    const value = getComputedStyle(probe).color
    probe.remove()
    return value
  }, keyword)

/**
 * The named paint of every element matching the selector is a system colour with at least 3:1
 * against the forced background. A system colour, because a real high-contrast theme may pair a
 * dark background with the light scheme, which this emulation cannot show.
 */
async function expectPaintVisible(page: Page, selector: string, paint: 'fill' | 'stroke') {
  const canvas = await systemColour(page, 'Canvas')
  const allowed = await Promise.all(
    ['CanvasText', 'LinkText', 'Highlight', 'ButtonText'].map((k) => systemColour(page, k)),
  )
  const colours = await page
    .locator(selector)
    .evaluateAll((els, p) => els.map((el) => getComputedStyle(el)[p as 'fill']), paint)
  expect(colours.length, `${selector} exists`).toBeGreaterThan(0)
  for (const colour of colours) {
    expect(allowed, `${selector} ${paint} is a system colour`).toContain(colour)
    expect(contrast(colour, canvas), `${selector} ${paint} ${colour} on ${canvas}`).toBeGreaterThanOrEqual(3)
  }
}

test.describe('forced colours', () => {
  // The light scheme is the hard case: its dark ink would vanish on a dark forced background.
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' })
  })

  test('focus outlines, button and card borders stay visible', async ({ page }) => {
    await loaded(page, '/methoden')
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
    const canvas = await systemColour(page, 'Canvas')
    const button = page.getByRole('button', { name: /^Filter anzeigen/ })
    await tabTo(page, button)
    const ring = await button.evaluate((el) => {
      const s = getComputedStyle(el)
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor }
    })
    expect(ring.style).not.toBe('none')
    expect(ring.width).toBeGreaterThanOrEqual(2)
    expect(contrast(ring.colour, canvas)).toBeGreaterThanOrEqual(3)
    for (const selector of ['.kern-btn', '.card']) {
      const border = await page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el)
          return { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), colour: s.borderTopColor }
        })
      expect(border.style, selector).not.toBe('none')
      expect(border.width, selector).toBeGreaterThanOrEqual(1)
      expect(contrast(border.colour, canvas), `${selector} border`).toBeGreaterThanOrEqual(3)
    }
  })

  test('the process diagram keeps its boxes, arrows and labels', async ({ page }) => {
    await loaded(page, '/handbuch')
    await expectPaintVisible(page, '.process-diagram__phase rect', 'stroke')
    await expectPaintVisible(page, '.process-diagram__phase text', 'fill')
    await expectPaintVisible(
      page,
      '.process-diagram__forward, .process-diagram__back, .process-diagram__entry',
      'stroke',
    )
    await expectPaintVisible(page, '.process-diagram__head', 'fill')
  })

  test('the value compass keeps its bars, track and labels', async ({ page }) => {
    const { project } = await seedProjectAndWorkshop(page)
    await loaded(page, `${project}/schritte/mehrwert-identifizieren`)
    await page.getByRole('radio').first().focus()
    await page.keyboard.press('ArrowRight')
    await expectPaintVisible(page, '.compass-chart__label', 'fill')
    await expectPaintVisible(page, '.compass-chart__track', 'stroke')
    await expectPaintVisible(page, '.compass-chart__bar', 'fill')
  })
})
