/**
 * `npm run icons -- [DIR]`: draws the PNG icons of a handbook (DIR, else handbook-content/) from the
 * SVG its German site file names as `icon.svg`, with the local Chromium (nothing is downloaded).
 * Writes icon-192.png, icon-512.png and maskable-512.png beside the SVG and prints the lines for the
 * site file. The maskable icon fills the square with the theme colour and shrinks the picture to
 * the middle 80 %, the part every launcher keeps whatever shape it cuts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { formatError } from '../build/content/errors.ts'
import { readSite } from '../build/content/read.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'handbook-content'))
const site = readSite(root, 'de')
if (!site.data) throw new Error(site.errors.map(formatError).join('\n'))
if (!site.data.icon) {
  console.error(
    `${join(root, 'de', 'site.md')} names no icon.svg; without one the build draws the icon itself.`,
  )
  process.exit(1)
}
const svgPath = site.data.icon.svg
const svg = readFileSync(join(root, svgPath), 'utf8')
const dataUrl = (text: string) => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`
const maskable =
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">` +
  `<rect width="100" height="100" fill="${site.data.themeColor.light}"/>` +
  `<image x="10" y="10" width="80" height="80" href="${dataUrl(svg)}"/></svg>`

const folder = dirname(svgPath)
const icons = [
  { file: join(folder, 'icon-192.png'), size: 192, svg },
  { file: join(folder, 'icon-512.png'), size: 512, svg },
  { file: join(folder, 'maskable-512.png'), size: 512, svg: maskable },
]

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
const page = await browser.newPage()
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size })
  const body = `<body style="margin:0"><img width="${icon.size}" height="${icon.size}" src="${dataUrl(icon.svg)}"></body>`
  await page.setContent(body)
  await page.waitForFunction(() => document.images[0]?.complete)
  writeFileSync(join(root, icon.file), await page.screenshot({ omitBackground: true }))
  console.log(`wrote ${relative(process.cwd(), join(root, icon.file))}`)
}
await browser.close()
console.log(
  `\nIn ${relative(process.cwd(), join(root, 'de', 'site.md'))} (and every other language's site file):\n` +
    `icon:\n  svg: ${svgPath}\n  png: [${icons[0]!.file}, ${icons[1]!.file}]\n  maskable: ${icons[2]!.file}`,
)
