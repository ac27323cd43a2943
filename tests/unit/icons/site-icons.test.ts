import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { readSite } from '../../../build/content/read'
import { initials } from '../../../build/icons/generated-icon'
import { encodePng, pngSize } from '../../../build/icons/png'
import { checkSiteIcon, siteIcons } from '../../../build/icons/site-icons'
import { FOUR_PHASES, loadFixture } from '../content/fixture'

const REAL = join(import.meta.dirname, '..', '..', '..', 'handbook-content')

/** A PNG written by encodePng (8-bit RGBA, no filters), read back: x, y → [r, g, b, a]. */
function pixels(png: Buffer): (x: number, y: number) => number[] {
  const { width } = pngSize(png)!
  const chunks: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length))
    at += length + 12
  }
  const rows = inflateSync(Buffer.concat(chunks))
  return (x, y) => {
    const start = y * (width * 4 + 1) + 1 + x * 4
    return [...rows.subarray(start, start + 4)]
  }
}

describe('the icons of a handbook that names its own', () => {
  it('are the files of the handbook folder, at the addresses the manifest and index.html link', () => {
    const site = readSite(REAL, 'de').data!
    const icons = siteIcons(REAL, site)
    const byName = new Map(icons.files.map((f) => [`/${f.fileName}`, f.source]))
    expect(byName.get('/favicon.svg')).toEqual(readFileSync(join(REAL, site.icon!.svg)))
    expect(icons.manifest.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/icons/icon-192.png', '192x192', undefined],
      ['/icons/icon-512.png', '512x512', undefined],
      ['/icons/maskable-512.png', '512x512', 'maskable'],
    ])
    expect(byName.get('/icons/maskable-512.png')).toEqual(readFileSync(join(REAL, site.icon!.maskable!)))
    for (const tag of icons.tags)
      expect(byName.has(String(tag.attrs!.href)), String(tag.attrs!.href)).toBe(true)
    expect(icons.tags.map((t) => t.attrs!.rel)).toEqual(['icon', 'apple-touch-icon'])
  })
})

describe('the icon drawn for a handbook that names none', () => {
  const site = loadFixture(
    (f) => {
      f.replace('de/site.md', 'shortName: Praxisbuch', 'shortName: Stadt Werk')
      f.replace('de/site.md', "light: '#2d6a4f'", "light: '#005ca9'")
      f.replace('en/site.md', "light: '#2d6a4f'", "light: '#005ca9'")
    },
    true,
    FOUR_PHASES,
  ).sites.de!
  const icons = siteIcons('/nowhere', site)
  const file = (name: string) => icons.files.find((f) => f.fileName === name)!.source as Buffer

  it('shows the initials of the short name on the theme colour, as SVG and as PNGs', () => {
    expect(initials('Stadt Werk')).toBe('SW')
    expect(initials('Überblick')).toBe('U')
    const svg = String(icons.files.find((f) => f.fileName === 'favicon.svg')!.source)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64">/)
    expect(svg).toContain('fill="#005ca9"')
    expect(svg).toContain('fill="#ffffff"') // white letters: more contrast on this blue than black
    const png = file('icons/icon-512.png')
    expect(pngSize(png)).toEqual({ width: 512, height: 512 })
    const pixel = pixels(png)
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]) // the rounded corner is transparent
    expect(pixel(256, 40)).toEqual([0x00, 0x5c, 0xa9, 255]) // theme colour above the letters
    // A row through the letters crosses white cells.
    const row = Array.from({ length: 512 }, (_, x) => pixel(x, 256).join())
    expect(row).toContain('255,255,255,255')
    // The maskable one fills its corners, since launchers cut their own shape.
    expect(pixels(file('icons/maskable-512.png'))(0, 0)).toEqual([0x00, 0x5c, 0xa9, 255])
  })

  it('links every file it lists', () => {
    const names = icons.files.map((f) => `/${f.fileName}`)
    expect(icons.manifest.map((i) => i.src).every((src) => names.includes(src))).toBe(true)
    expect(icons.manifest.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512'])
    expect(icons.tags.map((t) => t.attrs!.href)).toEqual(['/favicon.svg', '/icons/icon-192.png'])
  })
})

describe('the content check of the icon', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('names each missing, wrong or clashing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'icon-'))
    writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(dir, 'a.png'), encodePng(2, 2, new Uint8Array(16)))
    writeFileSync(join(dir, 'b.png'), encodePng(2, 2, new Uint8Array(16)))
    writeFileSync(join(dir, 'wide.png'), encodePng(2, 1, new Uint8Array(8)))
    writeFileSync(join(dir, 'fake.png'), '<svg/>')
    const problems = checkSiteIcon(dir, 'de/site.md', {
      icon: { svg: 'icon.svg', png: ['a.png', 'b.png', 'wide.png', 'gone.png'], maskable: 'fake.png' },
    })
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'icon.png[2]: "b.png" has the same size (2 pixels) as "a.png"',
      'icon.png[3]: "wide.png" is 2 × 1 pixels; an icon must be square',
      'icon.png[4]: the file "gone.png" does not exist (paths start at the handbook folder, like assets/icon.svg)',
      'icon.maskable: "fake.png" is not a PNG file',
    ])
    expect(() => siteIcons(dir, { ...loadFixture().sites.de!, icon: { svg: 'gone.svg', png: [] } })).toThrow(
      /icon\.svg: the file "gone\.svg" does not exist/,
    )
  })

  it('warns, without failing, when only an SVG is named', () => {
    const { messages, warnings } = loadFixture((f) => {
      for (const lang of ['de', 'en'])
        f.replace(`${lang}/site.md`, 'roles:\n', 'icon:\n  svg: de/site.md\nroles:\n')
    })
    expect(messages).toEqual([
      'handbook-content/de/site.md › icon.svg: "de/site.md" is not an SVG file (it has no <svg> element)',
    ])
    expect(warnings.map((w) => w.field)).toEqual(['icon.png'])
  })

  it('wants the same icon in every language and a path inside the handbook folder', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/site.md', 'roles:\n', 'icon:\n  svg: ../outside.svg\nroles:\n')
    })
    expect(messages).toEqual([
      expect.stringMatching(
        /^handbook-content\/de\/site\.md › icon\.svg: must be a path inside the handbook folder/,
      ),
    ])
    const english = loadFixture((f) => f.replace('de/site.md', 'roles:\n', 'icon:\n  svg: x.svg\nroles:\n'))
    expect(english.messages).toContainEqual(
      expect.stringMatching(/^handbook-content\/en\/site\.md › icon: differs/),
    )
  })
})
