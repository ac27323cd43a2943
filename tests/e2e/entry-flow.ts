import type { Page } from '@playwright/test'
import { expect } from './fixtures'

const PROGRESS = /^(?:Frage|Question) (\d+) (?:von|of) (\d+)$/

/**
 * Walks the entry check from the screen it shows to its result, one question per screen, as a team
 * would: a question whose text contains a key of `answers` gets that answer ("Ja", "Nein", "Yes",
 * "No"), the others are passed with "Weiter". Ends on the result screen.
 */
export async function walkEntryCheck(page: Page, answers: Record<string, string> = {}) {
  const progress = page.getByText(PROGRESS)
  await expect(progress).toBeVisible()
  const [, first, total] = PROGRESS.exec((await progress.textContent())!.trim())!.map(Number)
  for (let n = first!; n <= total!; n++) {
    await expect(progress).toHaveText(new RegExp(`^(Frage|Question) ${n} `))
    const question = (await page.getByRole('heading', { level: 2 }).textContent())!.trim()
    const answer = Object.entries(answers).find(([part]) => question.includes(part))?.[1]
    if (answer) {
      await page
        .getByRole('group', { name: question, exact: true })
        .getByLabel(answer, { exact: true })
        .check()
    }
    await page.getByRole('button', { name: /^(Weiter|Zum Ergebnis|Next|See the result)$/ }).click()
  }
  await expect(page.getByRole('heading', { level: 2, name: /^(Ergebnis für|Result for)/ })).toBeVisible()
}
