/**
 * Print layout of method cards: which text goes on which face, and where each face sits on an A4
 * sheet of four A6 cards. A card whose text does not fit continues on further faces instead of
 * being cut off. Text length is estimated with a cautious characters-per-line figure for the
 * printed font size, so the estimate errs towards more, emptier faces.
 */
import type { Method } from '../content/schema'
import { runningTotals } from './method-time'

export type DeckBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'step'; title: string; minutes: number; total: number; detail?: string }
  | { kind: 'item'; text: string }
  /** A paragraph or list item of the rendered body: build-time markup, never user text. */
  | { kind: 'html'; html: string; text: string; listItem: boolean }

export interface DeckFace {
  methodId: string
  title: string
  side: 'front' | 'flow'
  /** 1-based number of this face among all faces of the method, and their count. */
  part: number
  parts: number
  blocks: DeckBlock[]
}

/** One physical card: a front face and what is printed on its back (null for a blank back). */
export interface DeckCard {
  front: DeckFace
  back: DeckFace | null
}

export interface DeckSheet {
  /** Positions 0–3: top left, top right, bottom left, bottom right. */
  fronts: (DeckCard | null)[]
  /** The backs in the order they are printed, mirrored per row for long-edge duplex. */
  backs: (DeckCard | null)[]
}

export interface DeckLabels {
  steps: string
  materials: string
}

export const CARDS_PER_SHEET = 4
/** Cautious figures for 8.5 pt text in the 89 mm wide text area of an A6 card. */
export const CHARS_PER_LINE = 45
export const LINES_PER_FACE = 28

const stripTags = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z#0-9]+;/gi, ' ')

/**
 * The paragraphs and list items of a rendered body, grouped by their `##` section. The body holds
 * only h2, p, ul, li and a (markdown-it with html disabled), checked by the content check.
 */
export function bodySections(html: string): { heading: string; blocks: DeckBlock[] }[] {
  const parts = html.split(/<h2[^>]*>/).slice(1)
  return parts.map((part) => {
    const [headingHtml = '', rest = ''] = part.split('</h2>')
    const blocks: DeckBlock[] = []
    for (const match of rest.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
      const inner = match[2] ?? ''
      blocks.push({ kind: 'html', html: inner, text: stripTags(inner), listItem: match[1] === 'li' })
    }
    return { heading: stripTags(headingHtml), blocks }
  })
}

const lines = (chars: number, width = CHARS_PER_LINE) => Math.max(1, Math.ceil(chars / width))

/** Estimated printed lines of a block, with its spacing. */
export function blockLines(block: DeckBlock): number {
  switch (block.kind) {
    case 'heading':
      return 2
    case 'step':
      return (
        lines(block.title.length + 14) + (block.detail ? lines(block.detail.length, CHARS_PER_LINE - 3) : 0)
      )
    case 'item':
      return lines(block.text.length, CHARS_PER_LINE - 3)
    case 'html':
      return block.listItem ? lines(block.text.length, CHARS_PER_LINE - 3) : lines(block.text.length) + 0.5
  }
}

/**
 * Fills faces greedily. A heading never ends a face: it moves on with the block after it.
 * A block longer than a whole face gets a face of its own.
 */
export function paginate(blocks: readonly DeckBlock[], budget = LINES_PER_FACE): DeckBlock[][] {
  const pages: DeckBlock[][] = []
  let page: DeckBlock[] = []
  let used = 0
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]
    const need = blockLines(block) + (block.kind === 'heading' && next ? blockLines(next) : 0)
    if (page.length && used + need > budget) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(block)
    used += blockLines(block)
  })
  if (page.length) pages.push(page)
  return pages
}

/** Sections of the body printed on the card: tips, variations and public-sector notes. */
const PRINTED_SECTIONS = [1, 2, 3]

/** What the back of a card carries: the timed steps, materials, and the practical body sections. */
export function flowBlocks(method: Method, labels: DeckLabels): DeckBlock[] {
  const totals = runningTotals(method.steps)
  const blocks: DeckBlock[] = [{ kind: 'heading', text: labels.steps }]
  method.steps.forEach((step, i) =>
    blocks.push({
      kind: 'step',
      title: step.title,
      minutes: step.minutes,
      total: totals[i] ?? 0,
      detail: step.detail,
    }),
  )
  if (method.materials.length) {
    blocks.push({ kind: 'heading', text: labels.materials })
    for (const text of method.materials) blocks.push({ kind: 'item', text })
  }
  bodySections(method.html).forEach((section, i) => {
    if (!PRINTED_SECTIONS.includes(i) || !section.blocks.length) return
    blocks.push({ kind: 'heading', text: section.heading }, ...section.blocks)
  })
  return blocks
}

/** The faces of one method: its front, then the back and any continuation faces. */
export function methodFaces(method: Method, labels: DeckLabels): DeckFace[] {
  const flow = paginate(flowBlocks(method, labels))
  const parts = flow.length + 1
  const face = (side: DeckFace['side'], part: number, blocks: DeckBlock[]): DeckFace => ({
    methodId: method.id,
    title: method.title,
    side,
    part,
    parts,
    blocks,
  })
  return [face('front', 1, []), ...flow.map((blocks, i) => face('flow', i + 2, blocks))]
}

/** Pairs faces into cards: each card's back continues its front, so a long method reads on. */
export function methodCards(method: Method, labels: DeckLabels): DeckCard[] {
  const faces = methodFaces(method, labels)
  const cards: DeckCard[] = []
  for (let i = 0; i < faces.length; i += 2) cards.push({ front: faces[i]!, back: faces[i + 1] ?? null })
  return cards
}

/**
 * Four cards per sheet side. Printed on both sides and flipped on the long edge, the back of the
 * card in column c lands in column 1 − c of the same row, so each row of backs is mirrored.
 */
export function arrangeSheets(cards: readonly DeckCard[]): DeckSheet[] {
  const sheets: DeckSheet[] = []
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET) {
    const fronts = Array.from({ length: CARDS_PER_SHEET }, (_, j) => cards[i + j] ?? null)
    sheets.push({ fronts, backs: [1, 0, 3, 2].map((j) => fronts[j] ?? null) })
  }
  return sheets
}

export function deckSheets(methods: readonly Method[], labels: DeckLabels): DeckSheet[] {
  return arrangeSheets(methods.flatMap((method) => methodCards(method, labels)))
}
