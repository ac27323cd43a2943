/**
 * The icon of a handbook that names none in its site file: the initials of its short name on its
 * theme colour. One picture of squares gives the SVG favicon and the PNGs of the web manifest, so
 * they match, and nothing but Node is needed to draw them.
 */
import type { Site } from '../../src/content/schema.ts'
import { GLYPH_HEIGHT, PAGE_GLYPH, glyph, parseGlyph } from './pixel-font.ts'
import { encodePng } from './png.ts'

/** The icon is drawn on 64 × 64 units; the letters fill a box of 36 units in the middle. */
const VIEW = 64
const BOX = 36
/** The rounded corners of the plain icon; a maskable icon fills the square (launchers cut it). */
const RADIUS = 12
const DARK = '#111111'
const LIGHT = '#ffffff'

export interface IconPicture {
  background: string
  foreground: string
  /** Rows of cells that are drawn, letters side by side with one empty column between them. */
  cells: boolean[][]
  /** Cell size and the top left corner of the letters, in units. */
  cell: number
  left: number
  top: number
}

/** Up to two letters: the first of the first two words ("Stadt Handbuch" → "SH", "Wegweiser" → "W"). */
export function initials(shortName: string): string {
  const words = shortName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'SS')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
  return words
    .slice(0, 2)
    .map((word) => word[0])
    .join('')
}

export function iconPicture(site: Pick<Site, 'shortName' | 'themeColor'>): IconPicture {
  const glyphs = [...initials(site.shortName)].map((char) => glyph(char)!)
  if (glyphs.length === 0) glyphs.push(parseGlyph(PAGE_GLYPH))
  const cells = Array.from({ length: GLYPH_HEIGHT }, (_, row) =>
    glyphs.flatMap((g, i) => [...(i > 0 ? [false] : []), ...g[row]!]),
  )
  const columns = cells[0]!.length
  const cell = Math.min(BOX / columns, BOX / GLYPH_HEIGHT)
  const background = site.themeColor.light
  return {
    background,
    foreground: contrast(background, LIGHT) >= contrast(background, DARK) ? LIGHT : DARK,
    cells,
    cell,
    left: (VIEW - columns * cell) / 2,
    top: (VIEW - GLYPH_HEIGHT * cell) / 2,
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000

/** The picture as SVG: a square (rounded unless maskable) and the letters as one path of runs of cells. */
export function iconSvg(picture: IconPicture, options: { maskable?: boolean } = {}): string {
  const { cells, cell, left, top } = picture
  const runs: string[] = []
  cells.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue
      let end = x
      while (row[end + 1]) end++
      const w = (end - x + 1) * cell
      runs.push(
        `M${round(left + x * cell)} ${round(top + y * cell)}h${round(w)}v${round(cell)}h${round(-w)}z`,
      )
      x = end
    }
  })
  const rx = options.maskable ? '' : ` rx="${RADIUS}"`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}">` +
    `<rect width="${VIEW}" height="${VIEW}"${rx} fill="${picture.background}"/>` +
    `<path d="${runs.join('')}" fill="${picture.foreground}"/></svg>\n`
  )
}

/** The picture as a PNG of `size` pixels, each pixel sampled 4 × 4 times for smooth edges. */
export function iconPng(picture: IconPicture, size: number, options: { maskable?: boolean } = {}): Buffer {
  const { cells, cell, left, top } = picture
  const back = rgb(picture.background)
  const fore = rgb(picture.foreground)
  const radius = options.maskable ? 0 : RADIUS
  const inSquare = (x: number, y: number) => {
    // Distance beyond the inner rectangle whose corners are the centres of the rounded corners.
    const dx = Math.max(radius - x, x - (VIEW - radius), 0)
    const dy = Math.max(radius - y, y - (VIEW - radius), 0)
    return dx * dx + dy * dy <= radius * radius
  }
  const inLetters = (x: number, y: number) => {
    const col = Math.floor((x - left) / cell)
    const row = Math.floor((y - top) / cell)
    return cells[row]?.[col] === true
  }
  const SAMPLES = 4
  const scale = VIEW / size
  const rgba = new Uint8Array(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0
      let letters = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale
          const y = (py + (sy + 0.5) / SAMPLES) * scale
          if (!inSquare(x, y)) continue
          covered++
          if (inLetters(x, y)) letters++
        }
      }
      const i = (py * size + px) * 4
      if (covered === 0) continue
      // Colour of the covered part (letters over background); its share of the samples is the alpha.
      for (let c = 0; c < 3; c++)
        rgba[i + c] = Math.round((fore[c]! * letters + back[c]! * (covered - letters)) / covered)
      rgba[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES))
    }
  }
  return encodePng(size, size, rgba)
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = rgb(hex).map((v) => {
      const c = v / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
