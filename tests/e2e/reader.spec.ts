import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { pdfText } from './pdf-text'

const loaded = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
}

/** Presses Tab until `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`${selector} never received focus`)
}

test.describe('search', () => {
  test('keyboard only: "/" opens the search, arrow and Enter open the project description page', async ({
    page,
  }) => {
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    await page.keyboard.press('/')
    const box = page.getByRole('combobox', { name: 'Handbuch durchsuchen' })
    await expect(box).toBeFocused()
    await page.keyboard.type('massnahmenbeschreibung')
    await expect(box).toHaveAttribute('aria-expanded', 'true')
    const listbox = page.getByRole('listbox', { name: 'Suchergebnisse' })
    await expect(listbox.getByRole('group', { name: 'Seiten' })).toBeVisible()
    await expect(listbox.getByRole('group', { name: 'Glossar' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /\d+ Treffer/ })).toBeAttached()

    await page.keyboard.press('ArrowDown')
    const first = listbox.getByRole('option').first()
    await expect(first).toHaveAttribute('aria-selected', 'true')
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
    await expect(first.locator('mark').first()).toHaveText('Maßnahmenbeschreibung')
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL(/\/handbuch\/massnahmenbeschreibung$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmenbeschreibung' })).toBeFocused()
    await expect(page.getByRole('heading', { level: 2, name: 'Die Gliederung' })).toBeVisible()
  })

  test('Ctrl+K opens the search, Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/handbuch')
    await loaded(page)
    const link = page.getByRole('link', { name: 'Rollen im Prozess' })
    await link.focus()
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Handbuch durchsuchen' })
    await expect(box).toBeFocused()
    await page.keyboard.type('Oeffentlichkeitsbet')
    const listbox = page.getByRole('listbox', { name: 'Suchergebnisse' })
    await expect(listbox.getByRole('group', { name: 'Formate' })).toBeVisible()
    await expect(listbox.locator('mark', { hasText: 'Öffentlichkeitsbet' }).first()).toBeVisible()

    // Arrow up wraps to the last option, which leads to the full results.
    await page.keyboard.press('ArrowUp')
    await expect(listbox.getByRole('option').last()).toHaveAttribute('aria-selected', 'true')
    await expect(listbox.getByRole('option').last()).toContainText('Alle Treffer')

    await page.keyboard.press('Escape')
    await expect(listbox).toBeHidden()
    await expect(box).toHaveAttribute('aria-expanded', 'false')
    await expect(link).toBeFocused()

    await page.keyboard.press('/')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/suche\?q=Oeffentlichkeitsbet$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Formate' })).toBeVisible()
  })

  test('the results page follows typing, keeps the query in the address and highlights matches', async ({
    page,
  }) => {
    await page.goto('/suche?q=Massnahmenwerkstatt')
    await expect(page.getByRole('heading', { level: 2, name: 'Formate' })).toBeVisible()
    await expect(page.locator('main mark', { hasText: 'Maßnahmenwerkstatt' }).first()).toBeVisible()
    const field = page.getByLabel('Suchbegriff')
    await field.fill('Retrospektiev')
    await expect(page).toHaveURL(/\?q=Retrospektiev$/)
    await expect(page.getByRole('link', { name: 'Retrospektive' }).first()).toBeVisible()
    await field.fill('xyzxyz')
    await expect(page.getByRole('status').filter({ hasText: 'Keine Treffer für „xyzxyz“' })).toBeVisible()
  })
})

test.describe('reader', () => {
  test('a glossary term opens its definition by keyboard and links to the glossary', async ({ page }) => {
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    await tabTo(page, '.prose a.term-link')
    const term = page.getByRole('button', { name: 'Maßnahme', exact: true })
    await expect(term).toBeFocused()
    await expect(term).toHaveAttribute('aria-expanded', 'false')

    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Maßnahme' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('durchläuft die fünf Phasen')
    await expect(dialog).toBeFocused()
    await expect(term).toHaveAttribute('aria-expanded', 'true')
    await expect(page).toHaveURL(/\/handbuch\/prozessmodell$/)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(term).toBeFocused()

    await page.keyboard.press('Space')
    await expect(dialog).toBeVisible()
    await tabTo(page, '[role="dialog"] a[href="/handbuch/glossar#massnahme"]', 5)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/handbuch\/glossar#massnahme$/)
    await expect(page.locator('#massnahme')).toBeInViewport()
  })

  test('a glossary term opens by touch and closes when tapping elsewhere', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    })
    const page = await context.newPage()
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    await page.locator('.prose a.term-link').first().tap()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(dialog).toBeHidden()
    await context.close()
  })

  test('a page has a breadcrumb, a table of contents, copyable anchors and previous/next', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    const crumbs = page.getByRole('navigation', { name: 'Brotkrümelnavigation' })
    await expect(crumbs.getByRole('link', { name: 'Handbuch' })).toBeVisible()

    const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' })
    await toc.getByRole('link', { name: 'Einen Schritt zurückgehen' }).click()
    await expect(page).toHaveURL(/#einen-schritt-zurueckgehen$/)
    await expect(page.getByRole('heading', { name: 'Einen Schritt zurückgehen' })).toBeInViewport()
    // Sticky beside the text on a wide screen.
    await expect(toc.getByRole('link', { name: 'Die fünf Phasen' })).toBeInViewport()

    await page
      .getByRole('button', { name: 'Link zum Abschnitt „Einen Schritt zurückgehen“ kopieren' })
      .click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Link zum Abschnitt „Einen Schritt zurückgehen“ kopiert.' }),
    ).toBeAttached()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('/handbuch/prozessmodell#einen-schritt-zurueckgehen', page.url()).href,
    )

    const pager = page.getByRole('navigation', { name: 'Weiterlesen' })
    await expect(
      pager.getByRole('link', { name: /^Zurück:\s?Willkommen im Handbuch interaktiv$/ }),
    ).toBeVisible()
    await pager.getByRole('link', { name: /^Weiter:\s?Vorprozess$/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 1: Vorprozess')
    await expect(page.getByRole('heading', { level: 2, name: 'Schritte dieser Phase' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Typische Methoden' })).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Weiterlesen' })
      .getByRole('link', { name: /Weiter/ })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kick-Off vorbereiten und durchführen')
  })

  test('on a phone the table of contents is collapsed until opened', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' })
    await expect(toc.getByRole('link', { name: 'Einen Schritt zurückgehen' })).toBeHidden()
    await toc.getByText('Auf dieser Seite').click()
    await expect(toc.getByRole('link', { name: 'Einen Schritt zurückgehen' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('the process diagram: every phase is a keyboard link, with a text alternative', async ({ page }) => {
    await page.goto('/handbuch')
    await loaded(page)
    const figure = page.getByRole('figure', { name: 'Das Prozessmodell in fünf Phasen' })
    await expect(figure).toContainText('in jeder Phase einsteigen')
    await expect(figure).toContainText('Schritt in die vorige Phase zurückgehen')
    const links = figure.getByRole('link')
    await expect(links).toHaveCount(5)
    await tabTo(page, 'figure a[href="/handbuch/phasen/erprobung"]')
    await expect(
      page.getByRole('link', { name: 'Phase 3: Erprobung – Klein testen, lernen, wiederholen' }),
    ).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 3: Erprobung')
  })

  test('a printed page (Chromium PDF, A4) holds the text and no navigation', async ({ page }) => {
    await page.goto('/handbuch/prozessmodell')
    await loaded(page)
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: true })).replace(/\s+/g, ' ')
    const compact = (s: string) => s.replace(/\s+/g, '')
    expect(compact(text)).toContain(compact('Das Prozessmodell'))
    expect(compact(text)).toContain(compact('Einen Schritt zurückgehen'))
    // Link targets are listed after the links.
    expect(compact(text)).toContain('(/handbuch/phasen/vorprozess)')
    for (const navigation of [
      'Hauptnavigation',
      'Handbuch interaktiv',
      'Workshops',
      'Suchen',
      'Auf dieser Seite',
      'Weiterlesen',
      'Daten verlassen dieses Gerät nur',
      'Deutsch',
      'English',
      'kopieren',
    ]) {
      expect(compact(text), navigation).not.toContain(compact(navigation))
    }
  })
})

for (const lang of ['de', 'en'] as const) {
  test.describe(`axe on the reader, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })

    for (const route of [
      '/handbuch',
      '/handbuch/prozessmodell',
      '/handbuch/massnahmenbeschreibung',
      '/suche?q=Beteiligung',
    ]) {
      test(`${route} has no violations`, async ({ page }) => {
        await page.goto(route)
        await loaded(page)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        expect(await axeViolations(page)).toEqual([])
      })
    }

    test('an open glossary popover and the open search have no violations', async ({ page }) => {
      await page.goto('/handbuch/prozessmodell')
      await loaded(page)
      await page.locator('.prose a.term-link').first().click()
      await expect(page.getByRole('dialog')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+k')
      await page.keyboard.type(lang === 'de' ? 'beteiligung' : 'participation')
      // The index is built on first focus; arrow keys act on the results once they are listed.
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible()
      await page.keyboard.press('ArrowDown')
      await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAttribute(
        'aria-selected',
        'true',
      )
      expect(await axeViolations(page)).toEqual([])
    })

    test('the diagram on a phone has no violations', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 })
      await page.goto('/handbuch')
      await loaded(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      expect(await axeViolations(page)).toEqual([])
    })
  })
}
