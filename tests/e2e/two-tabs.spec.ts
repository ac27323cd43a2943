import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// Two tabs of one browser: one context, two pages, the same IndexedDB.
const TITLE = 'Wie lautet der Arbeitstitel der Maßnahme?'
const QUESTIONS = /Welche transformativen Fragen sollen die Maßnahme leiten/
/** Another tab's change must show within this time. */
const LIVE = { timeout: 2_000 }

async function openStep(page: Page, project: string) {
  await page.goto(`${project}/schritte/kick-off`)
  await expect(page.getByRole('textbox', { name: TITLE })).toBeVisible()
}

/** The list shows both tabs' items, tab A's (stored first) first; within the live-update time. */
async function expectItems(list: Locator) {
  await expect(list.getByRole('textbox')).toHaveCount(2, LIVE)
  await expect(list.getByRole('textbox', { name: 'Punkt 1' })).toHaveValue('Frage aus Tab A', LIVE)
  await expect(list.getByRole('textbox', { name: 'Punkt 2' })).toHaveValue('Frage aus Tab B', LIVE)
}

/**
 * Opens tab B with its autosave pause under the test's control: while held, a timer of the autosave
 * delay (300 ms) waits until released, so tab B's edit stays unsaved while tab A saves. Playwright's
 * clock cannot do this: it belongs to the whole context, and tab A must go on saving.
 */
async function openHeldTab(tabA: Page, project: string) {
  const tabB = await tabA.context().newPage()
  await tabB.addInitScript(() => {
    const held: (() => void)[] = []
    const realSetTimeout = window.setTimeout
    const w = window as unknown as { holdAutosave: boolean; releaseAutosave: () => void }
    w.holdAutosave = false
    window.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
      if (!w.holdAutosave || ms !== 300) return realSetTimeout(handler, ms, ...args)
      held.push(handler)
      return 0
    }) as typeof window.setTimeout
    w.releaseAutosave = () => {
      w.holdAutosave = false
      for (const handler of held.splice(0)) handler()
    }
  })
  await openStep(tabB, project)
  await tabB.evaluate(() => ((window as unknown as { holdAutosave: boolean }).holdAutosave = true))
  return tabB
}
/** One stored answer of the (only) project, straight from IndexedDB. */
function storedAnswer(page: Page, questionId: string): Promise<unknown> {
  return page.evaluate(
    (questionId) =>
      new Promise((resolve) => {
        const open = indexedDB.open('handbuch-interaktiv')
        open.onsuccess = () => {
          const all = open.result.transaction('answers').objectStore('answers').getAll()
          all.onsuccess = () => {
            resolve(all.result.find((a: { questionId: string }) => a.questionId === questionId)?.value)
            open.result.close()
          }
        }
      }),
    questionId,
  )
}

const releaseAutosave = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { releaseAutosave: () => void }).releaseAutosave())

test('an answer typed in one tab appears in the other, and editing it there keeps both tabs’ work', async ({
  page: tabA,
  context,
}) => {
  const { project } = await seedProjectAndWorkshop(tabA)
  await openStep(tabA, project)
  const tabB = await context.newPage()
  await openStep(tabB, project)

  await tabA.getByRole('textbox', { name: TITLE }).fill('Titel aus Tab A')
  await tabA.getByRole('textbox', { name: TITLE }).blur()
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab A', LIVE)

  // Tab B goes on from tab A's text; tab A, no longer in the field, shows the result.
  await tabB.getByRole('textbox', { name: TITLE }).press('End')
  await tabB.getByRole('textbox', { name: TITLE }).pressSequentially(', ergänzt in Tab B')
  await tabB.getByRole('textbox', { name: TITLE }).blur()
  await expect(tabA.getByRole('textbox', { name: TITLE })).toHaveValue(
    'Titel aus Tab A, ergänzt in Tab B',
    LIVE,
  )

  await tabB.reload()
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab A, ergänzt in Tab B')
  await expect(tabA.getByRole('alert')).toHaveCount(0)
})

test('an edit not yet saved in one tab never overwrites what the other saved: both texts survive', async ({
  page: tabA,
}) => {
  const { project } = await seedProjectAndWorkshop(tabA)
  await openStep(tabA, project)
  const tabB = await openHeldTab(tabA, project)

  await tabB.getByRole('textbox', { name: TITLE }).fill('Titel aus Tab B')
  const listB = tabB.getByRole('group', { name: QUESTIONS })
  await listB.getByRole('button', { name: 'Punkt hinzufügen' }).click()
  await listB.getByRole('textbox').fill('Frage aus Tab B')

  await tabA.getByRole('textbox', { name: TITLE }).fill('Titel aus Tab A')
  const listA = tabA.getByRole('group', { name: QUESTIONS })
  await listA.getByRole('button', { name: 'Punkt hinzufügen' }).click()
  await listA.getByRole('textbox').fill('Frage aus Tab A')
  await listA.getByRole('textbox').blur()
  // "Gespeichert" may already show for the title while the list's last save is still on its way.
  await expect.poll(() => storedAnswer(tabA, 'kickoff-transformative-fragen')).toEqual(['Frage aus Tab A'])
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab B')

  // Tab B's pause ends: its save finds tab A's newer text.
  await releaseAutosave(tabB)
  const notice = tabB.getByRole('group', { name: /Dieses Feld wurde in einem anderen Tab geändert/ })
  await expect(notice.getByRole('alert')).toContainText(`„${TITLE}“`)
  await expect(notice).toContainText('Titel aus Tab A')
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab B')
  await expect(tabA.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab A')
  await expect(
    tabB.getByText('Nicht alles gespeichert: Ein Feld wartet auf Ihre Entscheidung.'),
  ).toBeVisible()

  // Items added to a list in both tabs are merged without asking.
  await expectItems(listB)
  await expectItems(listA)

  // The user keeps their own text, having seen the other one: now tab A shows it.
  await notice.getByRole('button', { name: 'Eigene Fassung behalten' }).click()
  await expect(notice).toHaveCount(0)
  await expect(tabA.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab B', LIVE)
})

test('taking the other tab’s version replaces the own unsaved text', async ({ page: tabA }) => {
  const { project } = await seedProjectAndWorkshop(tabA)
  await openStep(tabA, project)
  const tabB = await openHeldTab(tabA, project)

  await tabB.getByRole('textbox', { name: TITLE }).fill('Titel aus Tab B')
  await tabA.getByRole('textbox', { name: TITLE }).fill('Titel aus Tab A')
  await expect(tabA.getByText('Gespeichert', { exact: true })).toBeVisible()
  await releaseAutosave(tabB)

  await tabB.getByRole('button', { name: 'Fassung aus dem anderen Tab übernehmen' }).click()
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab A')
  await expect(tabB.getByRole('alert')).toHaveCount(0)
  await tabB.reload()
  await expect(tabB.getByRole('textbox', { name: TITLE })).toHaveValue('Titel aus Tab A')
})
