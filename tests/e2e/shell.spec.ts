import { expect, test } from './fixtures'

test('a visitor switches language, visits every section and reloads a deep link', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  const description = page.locator('meta[name="description"]')
  await expect(description).toHaveAttribute(
    'content',
    /^Das Handbuch von Gemeinsam Digital: Berlin als Werkzeug/,
  )
  await expect(page.getByRole('link', { name: 'Handbuch interaktiv' })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })

  await nav.getByRole('link', { name: 'Handbuch' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Handbuch' })).toBeFocused()
  await expect(page).toHaveTitle('Handbuch – Handbuch interaktiv')
  await expect(page.getByRole('heading', { level: 2, name: 'Die fünf Phasen' })).toBeVisible()
  await page.getByRole('link', { name: 'Vorprozess' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 1: Vorprozess')

  await nav.getByRole('link', { name: 'Methoden' }).click()
  await expect(page.getByText('64 Methoden')).toBeVisible()
  await page.getByRole('link', { name: 'Akteure kartieren' }).click()
  await expect(page).toHaveURL(/\/methoden\/akteure-kartieren$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Ablauf' })).toBeVisible()

  await nav.getByRole('link', { name: 'Projekte' }).click()
  await expect(page.getByRole('heading', { name: 'Noch keine Projekte auf diesem Gerät' })).toBeVisible()
  await nav.getByRole('link', { name: 'Workshops' }).click()
  await expect(page.getByRole('heading', { name: 'Noch keine Workshops auf diesem Gerät' })).toBeVisible()

  // Switching the language changes interface and content, and is remembered across a reload.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // The meta description comes from the site file of the language shown, not only from index.html's.
  await expect(description).toHaveAttribute('content', /^The handbook of Gemeinsam Digital: Berlin as a tool/)
  await expect(description).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Methods' })
    .click()
  await expect(page.getByText('64 methods')).toBeVisible()

  await page.goto('/handbuch/phasen/exploration')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 2: Exploration')
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 2: Exploration')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(description).toHaveAttribute(
    'content',
    /^Das Handbuch von Gemeinsam Digital: Berlin als Werkzeug/,
  )
  await expect(page.getByText('Diese Phase kann übersprungen werden')).toBeVisible()
})

test('footer pages and an unknown address', async ({ page }) => {
  await page.goto('/')
  const footer = page.getByRole('contentinfo')
  await expect(
    footer.getByText('Daten verlassen dieses Gerät nur, wenn Sie sie exportieren oder ein Team teilen.'),
  ).toBeVisible()
  await footer.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click()
  await expect(page).toHaveURL(/\/barrierefreiheit$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Barrierefreiheit')
  await footer.getByRole('link', { name: 'Datenschutz' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Datenschutz')

  await page.goto('/gibt-es-nicht')
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible()
  await page.goto('/methoden/gibt-es-nicht')
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible()
})

test('the skip link jumps to the content', async ({ page }) => {
  await page.goto('/handbuch')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()
  // The next Tab goes to the first control inside the content, not back to the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
    true,
  )
})

test('internal links in handbook text navigate inside the app', async ({ page }) => {
  await page.goto('/handbuch/prozessmodell')
  const body = page.locator('.prose')
  await body.locator('a[href="/handbuch/phasen/erprobung"]').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 3: Erprobung')
})

test('search finds German words typed without umlauts', async ({ page }) => {
  await page.goto('/suche?q=Massnahmenwerkstatt')
  await expect(page.getByRole('heading', { level: 2, name: 'Formate' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Maßnahmenwerkstatt' }).first()).toBeVisible()
  await page.getByLabel('Suchbegriff').fill('Akteure')
  await page.getByRole('button', { name: 'Suchen' }).click()
  await expect(page).toHaveURL(/\?q=Akteure$/)
  await expect(page.getByRole('link', { name: 'Akteure kartieren' })).toBeVisible()
})
