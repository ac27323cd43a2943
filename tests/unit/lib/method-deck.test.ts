import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import {
  FRONT_ROOM,
  LINES_PER_FACE,
  arrangeSheets,
  blockLines,
  bodySections,
  deckSheets,
  methodCards,
  paginate,
  type DeckBlock,
  type DeckCard,
} from '../../../src/lib/method-deck'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const labels = { steps: 'Ablauf', materials: 'Material' }
const para = (chars: number): DeckBlock => ({
  kind: 'html',
  html: 'x'.repeat(chars),
  text: 'x'.repeat(chars),
  listItem: false,
})

describe('bodySections', () => {
  it('splits the rendered body into its sections with paragraphs and list items', () => {
    const sections = bodySections(
      '<h2 id="a">Tipps</h2>\n<ul>\n<li>Eins <a href="/x">Link</a></li>\n<li>Zwei &amp; drei</li>\n</ul>\n<h2 id="b">Beispiel</h2>\n<p>Text</p>\n',
    )
    expect(sections.map((s) => s.heading)).toEqual(['Tipps', 'Beispiel'])
    expect(sections[0]!.blocks).toEqual([
      { kind: 'html', html: 'Eins <a href="/x">Link</a>', text: 'Eins Link', listItem: true },
      { kind: 'html', html: 'Zwei &amp; drei', text: 'Zwei & drei', listItem: true },
    ])
    expect(sections[1]!.blocks).toMatchObject([{ text: 'Text', listItem: false }])
  })
})

describe('paginate', () => {
  it('fills faces up to the budget and never leaves a heading at the end of a face', () => {
    const blocks: DeckBlock[] = [
      para(45 * 10),
      para(45 * 10),
      { kind: 'heading', text: 'Tipps' },
      para(45 * 10),
    ]
    const pages = paginate(blocks, 25)
    expect(pages.map((p) => p.map((b) => b.kind))).toEqual([
      ['html', 'html'],
      ['heading', 'html'],
    ])
    for (const page of pages) expect(page.reduce((sum, b) => sum + blockLines(b), 0)).toBeLessThanOrEqual(25)
  })

  it('gives a block longer than a face a face of its own instead of dropping it', () => {
    expect(paginate([para(10), para(45 * 60), para(10)], 20).map((p) => p.length)).toEqual([1, 1, 1])
  })
})

describe('sheets for double-sided printing', () => {
  const card = (n: number): DeckCard => ({
    front: { methodId: `m${n}`, title: `M${n}`, side: 'front', part: 1, parts: 2, blocks: [] },
    back: { methodId: `m${n}`, title: `M${n}`, side: 'flow', part: 2, parts: 2, blocks: [] },
  })

  it('puts four cards on a sheet and mirrors each row of backs', () => {
    const sheets = arrangeSheets([1, 2, 3, 4, 5].map(card))
    expect(sheets).toHaveLength(2)
    expect(sheets[0]!.fronts.map((c) => c?.front.title)).toEqual(['M1', 'M2', 'M3', 'M4'])
    expect(sheets[0]!.backs.map((c) => c?.front.title)).toEqual(['M2', 'M1', 'M4', 'M3'])
    expect(sheets[1]!.fronts.map((c) => c?.front.title ?? null)).toEqual(['M5', null, null, null])
    expect(sheets[1]!.backs.map((c) => c?.front.title ?? null)).toEqual([null, 'M5', null, null])
  })

  it('keeps every step and material of every real method, and each practical section whole or named', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const method of handbooks[lang].methods) {
        const cards = methodCards(method, labels)
        const faces = cards.flatMap((c) => [c.front, c.back]).filter((f) => f !== null)
        expect(faces.map((f) => f.part)).toEqual(faces.map((_, i) => i + 1))
        expect(faces.every((f) => f.parts === faces.length)).toBe(true)
        const blocks = faces.flatMap((f) => f.blocks)
        expect(blocks.filter((b) => b.kind === 'step').map((b) => (b as { title: string }).title)).toEqual(
          method.steps.map((s) => s.title),
        )
        expect(blocks.flatMap((b) => (b.kind === 'items' ? b.texts : []))).toEqual(method.materials)
        // Tips, variations and public-sector notes: printed whole, or named as left out.
        const printed = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)
        const sections = bodySections(method.html).filter((s, i) => i >= 1 && i <= 3 && s.blocks.length)
        const more = faces.at(-1)!.more ?? []
        const texts = blocks.flatMap((b) => (b.kind === 'html' ? [b.text] : []))
        for (const section of sections) {
          expect(printed.includes(section.heading)).not.toBe(more.includes(section.heading))
          if (printed.includes(section.heading))
            for (const block of section.blocks) expect(texts).toContain((block as { text: string }).text)
        }
        expect(faces.slice(0, -1).every((f) => f.more === undefined)).toBe(true)
        expect(faces[0]!.blocks.reduce((sum, b) => sum + blockLines(b), 0)).toBeLessThanOrEqual(FRONT_ROOM)
        for (const face of faces) {
          const lines = face.blocks.reduce((sum, b) => sum + blockLines(b), 0)
          if (face.blocks.length > 1) expect(lines).toBeLessThanOrEqual(LINES_PER_FACE)
        }
      }
    }
  })

  it('fits a short method on one card, front and back, and a long one on two', () => {
    const byId = (id: string) => handbooks.de.methods.find((m) => m.id === id)!
    const short = methodCards(byId('check-in'), labels)
    expect(short).toHaveLength(1)
    // The front carries the materials below the facts; the back starts with the steps.
    expect(short[0]!.front.blocks.map((b) => b.kind)).toEqual(['heading', 'items'])
    expect(short[0]!.back!.blocks[0]).toEqual({ kind: 'heading', text: 'Ablauf' })
    const counts = handbooks.de.methods.map((m) => methodCards(m, labels).length)
    expect(Math.max(...counts)).toBe(2)
    expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(25)
  })

  it('lays out a whole deck: two sides per sheet, every method present', () => {
    const methods = handbooks.en.methods.slice(0, 8)
    const sheets = deckSheets(methods, labels)
    const titles = new Set(sheets.flatMap((s) => s.fronts.flatMap((c) => (c ? [c.front.title] : []))))
    expect([...titles]).toEqual(methods.map((m) => m.title))
  })
})
