/**
 * Two devices of one team with a real sync server (issue #21): `server/main.ts` in its own process
 * with SQLite, two browser contexts (two devices, each with its own IndexedDB). What a team notices:
 * an answer arrives on the other device at once, two people typing into one answer keep both
 * texts, a device that was offline catches up both ways, and a server crash loses nothing.
 */
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { startSyncServerProcess, type SyncServerProcess } from './sync-server'
import { startRelay } from './tcp-cut'

const TITLE = 'Wie lautet der Arbeitstitel der Maßnahme?'
/** Moving on to the next thing, as a person does after typing. */
const leave = (field: Locator) => field.blur()
/** An edit must reach the other device within this time. */
const LIVE = { timeout: 2_000 }

let server: SyncServerProcess
test.beforeEach(async () => {
  server = await startSyncServerProcess(test.info().workerIndex)
})
test.afterEach(async () => {
  await server.stop()
})

/** Device A: a team with a project, shared through `serverUrl`; returns the step and the invitation. */
async function shareNewTeam(page: Page, serverUrl: string) {
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team Stadtgrün')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await page.getByLabel('Titel der Maßnahme').fill('Schattenplätze')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  const step = new URL(page.url()).pathname.replace(/\/einstieg$/, '/schritte/kick-off')

  await page.goto('/projekte')
  await page.getByRole('button', { name: 'Team teilen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Adresse des Sync-Servers').fill(serverUrl)
  await dialog.getByLabel('Ihr Name für die anderen').fill('Anna')
  await dialog.getByRole('button', { name: 'Team teilen' }).click()
  const link = dialog.getByLabel('Einladungslink')
  await expect(link).toHaveValue(/beitreten#/)
  const invitation = await link.inputValue()
  await dialog.getByRole('button', { name: 'Schließen' }).first().click()
  await expect(page.getByText('Synchronisiert')).toBeVisible()
  return { step, invitation }
}

/** Another device joins with the invitation (its server address replaced by `via`, if given). */
async function joinOnNewDevice(browser: Browser, invitation: string, name: string, via?: string) {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  const link = via ? invitation.replace(/s=[^&]+/, `s=${encodeURIComponent(via)}`) : invitation
  await page.goto(link)
  await page.getByLabel('Ihr Name für die anderen').fill(name)
  await page.getByRole('button', { name: 'Beitreten' }).click()
  await expect(page).toHaveURL(/\/projekte/)
  return page
}

async function openStep(page: Page, step: string) {
  await page.goto(step)
  const field = page.getByRole('textbox', { name: TITLE })
  await expect(field).toBeVisible({ timeout: 10_000 })
  return field
}

/**
 * Anna's device shares a new team through `serverUrl`, Ben's joins (through `via`, if given), and
 * both open the same step: the title field on each device.
 */
async function twoDevicesOnStep(page: Page, browser: Browser, serverUrl: string, via?: string) {
  const { step, invitation } = await shareNewTeam(page, serverUrl)
  const other = await joinOnNewDevice(browser, invitation, 'Ben', via)
  return { other, fieldA: await openStep(page, step), fieldB: await openStep(other, step) }
}

test('an answer typed on one device appears on the other within two seconds, and both show who is here', async ({
  page,
  browser,
}) => {
  const { other, fieldA, fieldB } = await twoDevicesOnStep(page, browser, server.url)
  await expect(other.getByText('Synchronisiert')).toBeVisible()

  await fieldA.fill('Schatten für Plätze in Moabit')
  await leave(fieldA)
  await expect(fieldB).toHaveValue('Schatten für Plätze in Moabit', LIVE)
  await fieldB.fill('Schatten für Plätze in Moabit und Wedding')
  await expect(fieldA).toHaveValue('Schatten für Plätze in Moabit und Wedding', LIVE)
  // Awareness: each device names the other, with the step it is on.
  await expect(page.getByText(/Auch im Projekt:.*Ben/)).toBeVisible()
  await expect(other.getByText(/Auch im Projekt:.*Anna/)).toBeVisible()
  await other.context().close()
})

test('two people typing into the same answer at once both keep their words', async ({ page, browser }) => {
  const { other, fieldA, fieldB } = await twoDevicesOnStep(page, browser, server.url)
  await fieldA.fill('Schatten')
  await leave(fieldA)
  await expect(fieldB).toHaveValue('Schatten', LIVE)

  await Promise.all([
    (async () => {
      await fieldA.press('End')
      await fieldA.pressSequentially(' in Moabit')
    })(),
    (async () => {
      await fieldB.press('Home')
      await fieldB.pressSequentially('Mehr ')
    })(),
  ])
  await Promise.all([leave(fieldA), leave(fieldB)])
  for (const field of [fieldA, fieldB])
    await expect(field).toHaveValue('Mehr Schatten in Moabit', { timeout: 5_000 })
  await other.context().close()
})

test('a field someone has the caret in shows the other device’s words as they come, and keeps the caret', async ({
  page,
  browser,
}) => {
  const { other, fieldA, fieldB } = await twoDevicesOnStep(page, browser, server.url)
  await fieldA.fill('Schatten')
  await leave(fieldA)
  await expect(fieldB).toHaveValue('Schatten', LIVE)

  // Ben puts the caret at the start and pauses; Anna adds to the end.
  await fieldB.click()
  await fieldB.press('Home')
  await fieldA.press('End')
  await fieldA.pressSequentially(' in Moabit')
  await expect(fieldB).toHaveValue('Schatten in Moabit', LIVE)
  await expect(fieldB).toBeFocused()
  // Ben types on where his caret was.
  await fieldB.pressSequentially('Mehr ')
  await expect(fieldB).toHaveValue('Mehr Schatten in Moabit')
  await expect(fieldA).toHaveValue('Mehr Schatten in Moabit', { timeout: 5_000 })
  await other.context().close()
})

test('a device that was offline catches up both ways when it is back', async ({ page, browser }) => {
  const relay = await startRelay(server.url)
  const { other, fieldA, fieldB } = await twoDevicesOnStep(page, browser, server.url, relay.url)
  await fieldA.fill('Schatten')
  await leave(fieldA)
  await expect(fieldB).toHaveValue('Schatten', LIVE)

  await relay.cut()
  await expect(other.getByText(/^Offline/)).toBeVisible({ timeout: 10_000 })
  await fieldA.fill('Schatten in Moabit')
  await fieldB.press('Home')
  await fieldB.pressSequentially('Mehr ')
  await expect(other.getByText(/^Offline – \w+ Änderungen? warte/)).toBeVisible()
  await leave(fieldA)
  await leave(fieldB)
  await expect(fieldB).toHaveValue('Mehr Schatten')

  await relay.restore()
  await expect(other.getByText('Synchronisiert')).toBeVisible({ timeout: 15_000 })
  for (const field of [fieldA, fieldB]) await expect(field).toHaveValue('Mehr Schatten in Moabit', LIVE)
  await other.context().close()
  await relay.close()
})

test('the server is killed between two edits and restarted: nothing acknowledged is lost', async ({
  page,
  browser,
}) => {
  const { step, invitation } = await shareNewTeam(page, server.url)
  const fieldA = await openStep(page, step)
  await fieldA.fill('Schatten')
  await expect(page.getByText('Synchronisiert')).toBeVisible()

  await server.kill()
  await expect(page.getByText(/^Offline/)).toBeVisible({ timeout: 10_000 })
  await fieldA.fill('Schatten in Moabit')
  await server.restart()
  await expect(page.getByText('Synchronisiert')).toBeVisible({ timeout: 15_000 })

  // A device that joins only now gets both edits from the restarted server.
  const other = await joinOnNewDevice(browser, invitation, 'Ben')
  const fieldB = await openStep(other, step)
  await expect(fieldB).toHaveValue('Schatten in Moabit')
  await other.context().close()
})
