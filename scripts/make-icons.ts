/**
 * Renders the app icons for the web app manifest from public/favicon.svg with the local Chromium
 * (nothing is downloaded). Run after changing the favicon: `npx tsx scripts/make-icons.ts`.
 * The maskable icon fills the whole square and keeps the glyph inside the central safe zone
 * (a circle of 80 % of the width), as launchers may cut it to any shape.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'

const svg = readFileSync('public/favicon.svg', 'utf8')
const glyph = svg
  .replace(/^<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<rect[^>]*\/>/, '')
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#b3001b"/><g transform="translate(3.2 3.2) scale(0.9)">${glyph}</g></svg>`

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg },
  { file: 'public/icons/icon-512.png', size: 512, svg },
  { file: 'public/icons/maskable-512.png', size: 512, svg: maskable },
]

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
const page = await browser.newPage()
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size })
  const body = `<body style="margin:0"><img width="${icon.size}" height="${icon.size}" src="data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}"></body>`
  await page.setContent(body)
  writeFileSync(icon.file, await page.screenshot({ omitBackground: true }))
  console.log(`wrote ${icon.file}`)
}
await browser.close()
