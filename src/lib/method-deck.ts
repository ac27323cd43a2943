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
  /** The materials as one run of tick boxes: a line each would cost a card its room. */
  | { kind: 'items'; texts: string[] }
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
  /** On the last face: headings of the body sections that did not fit on the card. */
  more?: string[]
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
/**
 * Figures for 8.5 pt text in the 89 mm wide text area of an A6 card. Characters per line are
 * cautious; measured in Chromium with DejaVu Sans (a wide font), a back held 31 to 35 estimated
 * lines over every card in both languages, so 31 fills it without cutting text off.
 */
export const CHARS_PER_LINE = 45
export const LINES_PER_FACE = 31

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
    case 'items':
      // Each item with its box and the space before the next.
      return lines(block.texts.reduce((sum, text) => sum + text.length + 4, 0))
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

/**
 * What a card needs in any case: the materials (what to prepare, so first, as in a recipe) and the
 * timed steps.
 */
function essentialBlocks(method: Method, labels: DeckLabels): DeckBlock[] {
  const totals = runningTotals(method.steps)
  const blocks: DeckBlock[] = []
  if (method.materials.length) {
    blocks.push({ kind: 'heading', text: labels.materials }, { kind: 'items', texts: [...method.materials] })
  }
  blocks.push({ kind: 'heading', text: labels.steps })
  method.steps.forEach((step, i) =>
    blocks.push({
      kind: 'step',
      title: step.title,
      minutes: step.minutes,
      total: totals[i] ?? 0,
      detail: step.detail,
    }),
  )
  return blocks
}

/** The practical sections of the body, each as its heading and its blocks. */
function practicalSections(method: Method): { heading: string; blocks: DeckBlock[] }[] {
  return bodySections(method.html)
    .filter((section, i) => PRINTED_SECTIONS.includes(i) && section.blocks.length)
    .map(({ heading, blocks }) => ({ heading, blocks: [{ kind: 'heading', text: heading }, ...blocks] }))
}

/** Everything the back of a card can carry: essentials, then the practical sections (the A5 card). */
export function flowBlocks(method: Method, labels: DeckLabels): DeckBlock[] {
  return [...essentialBlocks(method, labels), ...practicalSections(method).flatMap((s) => s.blocks)]
}

const linesOf = (blocks: readonly DeckBlock[]) => blocks.reduce((sum, b) => sum + blockLines(b), 0)
/** The words around the closing note's list of sections left out, in the longer language. */
const NOTE_CHARS = 40
/**
 * Estimated lines free below the facts on a card's front. Measured in Chromium with DejaVu Sans (a
 * wide font) over every card in both languages: 7 real lines or more; an estimated line is at most
 * 1.07 real ones. The print view reports a card that overflows all the same.
 */
export const FRONT_ROOM = 6

/** How many leading blocks fit whole into `room` lines; a heading only goes with the block after it. */
function leadingFit(blocks: readonly DeckBlock[], room: number): number {
  let used = 0
  let count = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    const need = blockLines(block) + (block.kind === 'heading' && next ? blockLines(next) : 0)
    if (used + need > room) break
    used += blockLines(block)
    count = i + 1
  }
  return count
}

/**
 * The text of an A6 card, face by face: the first face is what goes below the facts on the front.
 * Steps and materials are always printed, starting on the front where there is room and going on
 * to further faces if they must; each practical section is added whole where it still fits on the
 * last face or on the blank back of the last card, so a section never costs another card. A
 * section left out is named on the card (the app and the A5 card carry it). This way one card,
 * front and back, holds the methods whose steps and materials allow it.
 */
export function cardFlow(
  method: Method,
  labels: DeckLabels,
  budget = LINES_PER_FACE,
  frontRoom = FRONT_ROOM,
): { faces: DeckBlock[][]; more: string[] } {
  const essentials = essentialBlocks(method, labels)
  const sections = practicalSections(method)
  // Room for the closing note as if it named every section (it is set smaller than the text).
  const noteLines = lines(NOTE_CHARS + sections.map((s) => s.heading).join(', ').length)
  // The faces after the front keep room for the closing note, which lands on the last of them.
  const onFront = leadingFit(essentials, frontRoom)
  const faces = [essentials.slice(0, onFront), ...paginate(essentials.slice(onFront), budget - noteLines)]
  let last = faces[faces.length - 1]!
  let room = faces.length === 1 ? frontRoom : budget
  let used = linesOf(last)
  const more: string[] = []
  for (const section of sections) {
    const need = linesOf(section.blocks)
    // With an odd number of faces the last card's back is blank: filling it costs no card.
    if (used + need + noteLines > room && faces.length % 2 === 1 && need + noteLines <= budget) {
      faces.push((last = []))
      room = budget
      used = 0
    }
    if (used + need + noteLines > room) {
      more.push(section.heading)
      continue
    }
    last.push(...section.blocks)
    used += need
  }
  return { faces, more }
}

/** The faces of one method on A6: its front (with the start of the text), then the back and on. */
export function methodFaces(method: Method, labels: DeckLabels): DeckFace[] {
  const { faces, more } = cardFlow(method, labels)
  const parts = faces.length
  return faces.map((blocks, i) => ({
    methodId: method.id,
    title: method.title,
    side: i === 0 ? 'front' : 'flow',
    part: i + 1,
    parts,
    blocks,
    ...(i === parts - 1 && more.length ? { more } : {}),
  }))
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
