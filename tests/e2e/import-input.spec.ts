import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

const TEAM = 'Team Stadtgrün'

/** The text as an editor saving in Latin-1 writes it: one byte per character, "ü" as 0xfc. */
function latin1(text: string): Buffer {
  const odd = [...text].find((c) => c.charCodeAt(0) > 0xff)
  if (odd) throw new Error(`the export holds "${odd}", which Latin-1 cannot store`)
  return Buffer.from(text, 'latin1')
}

/** Wrapped at 72 characters with trailing spaces and CRLF, then quoted twice in replies. */
const asMailReply = (text: string) =>
  text
    .replace(/(.{72})/g, '$1 \r\n')
    .split('\r\n')
    .map((line) => `> > ${line}`)
    .join('\r\n')

async function deleteTeam(page: Page) {
  await page.getByRole('button', { name: `Team „${TEAM}“ löschen` }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect(page.getByRole('button', { name: `Team „${TEAM}“ löschen` })).toHaveCount(0)
}

test('a backup re-saved as Latin-1 is read with its umlauts and a notice; a binary file is refused', async ({
  page,
}) => {
  await seedProjectAndWorkshop(page)
  await page.goto('/daten')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Als Datei speichern' }).click()
  const exported = await readFile(await (await download).path(), 'utf8')
  expect(exported).toContain(TEAM)
  await deleteTeam(page)

  const file = page.getByLabel('Datei auswählen')
  await file.setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: latin1(exported) })
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText(`Team „${TEAM}“`)
  await expect(preview).toContainText(
    'Die Datei war nicht als UTF-8 gespeichert; sie wurde als Windows-1252 gelesen. Bitte prüfen Sie Umlaute.',
  )
  await expect(preview).not.toContainText('�')
  expect(await axeViolations(page)).toEqual([])
  await preview.getByRole('button', { name: 'Übernehmen', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: `Übernommen: ${TEAM}.` })).toBeVisible()
  await expect(page.getByRole('button', { name: `Team „${TEAM}“ löschen` })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Projekt „Schattenplätze“ löschen' })).toBeVisible()

  // Neither UTF-8 nor text: refused with a message, nothing garbled reaches a preview.
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xfc, 0xff])
  await file.setInputFiles({ name: 'bild.json', mimeType: 'application/json', buffer: binary })
  await expect(page.getByRole('alert')).toContainText('weder als UTF-8 noch als Windows-1252')
  await expect(preview).toHaveCount(0)
})

test('a copy-paste text quoted in an e-mail reply and wrapped by the mail program is imported', async ({
  page,
}) => {
  await seedProjectAndWorkshop(page)
  await page.goto('/daten')
  await page.getByRole('button', { name: 'Als Text anzeigen' }).click()
  const text = await page.getByLabel('Text zum Kopieren').inputValue()
  await deleteTeam(page)

  const pasteField = page.getByLabel('Oder kopierten Text einfügen')
  await pasteField.fill(`${asMailReply(text)}\r\n> \r\n`)
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText(`Team „${TEAM}“`)
  await expect(preview).not.toContainText('Windows-1252')
  await preview.getByRole('button', { name: 'Übernehmen', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: `Übernommen: ${TEAM}.` })).toBeVisible()
  await expect(page.getByRole('button', { name: `Team „${TEAM}“ löschen` })).toBeVisible()

  // The same text with its end cut off says so, instead of "not a backup".
  await pasteField.fill(asMailReply(text.slice(0, -7)))
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(page.getByRole('alert')).toContainText('Die Sicherung ist unvollständig')
})
