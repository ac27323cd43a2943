import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSite } from '../../build/content/read.ts'
import { pngSize } from '../../build/icons/png.ts'
import { expect, test } from './fixtures'

/** The handbook the app was built from: HANDBOOK_DIR (relative to the project) or handbook-content/. */
const root = join(import.meta.dirname, '..', '..', process.env.HANDBOOK_DIR ?? 'handbook-content')
const site = readSite(root, 'de').data!
const fromHandbook = (path: string) => readFileSync(join(root, path))

test('the favicon, the home screen icon and the manifest icons are the handbook’s own files', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const href = (rel: string) => page.locator(`link[rel="${rel}"]`).getAttribute('href')
  const favicon = await request.get((await href('icon'))!)
  expect(favicon.ok()).toBe(true)
  expect(favicon.headers()['content-type']).toContain('image/svg+xml')

  const manifest = await (await request.get((await href('manifest'))!)).json()
  const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons
  const pngs = new Map<string, Buffer>()
  for (const icon of icons) {
    const response = await request.get(icon.src)
    expect(response.ok(), icon.src).toBe(true)
    const body = await response.body()
    if (icon.sizes === 'any') continue
    const size = pngSize(body)
    expect(size && `${size.width}x${size.height}`, icon.src).toBe(icon.sizes)
    pngs.set(icon.src, body)
  }
  const touch = await request.get((await href('apple-touch-icon'))!)
  expect(touch.ok()).toBe(true)

  if (site.icon) {
    // Byte for byte the files the site file names, nothing left over from another handbook.
    expect(await favicon.body()).toEqual(fromHandbook(site.icon.svg))
    const named = [...site.icon.png, ...(site.icon.maskable ? [site.icon.maskable] : [])].map(fromHandbook)
    expect([...pngs.values()]).toEqual(named)
    expect(named).toContainEqual(await touch.body())
  } else {
    // Drawn by the build from the short name and the theme colour.
    expect(await favicon.text()).toContain(`fill="${site.themeColor.light}"`)
    expect(icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual([
      '192x192',
      '512x512',
      '512x512 maskable',
    ])
  }
})
