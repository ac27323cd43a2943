/** The project description as Markdown (export) and as plain text (copy), written from its model. Pure. */
import type { DescriptionDocumentModel, DocumentBlock, DocumentSection } from './description-document'
import { slugify } from './text'

/**
 * The name of an exported description file, without extension: the project's title, or else the
 * kind of document the handbook names ("Steckbrief"), since a title may have no letter a file name
 * can keep.
 */
export function descriptionFileBase(projectTitle: string, kind: string): string {
  return slugify(projectTitle) || slugify(kind) || 'description'
}

/** What an empty section says, in the reader's language. */
export interface ExportWords {
  /** Shown in place of an empty section. */
  emptySection: string
  /** Prefix for an open question, e.g. "Offene Frage". */
  openQuestion: string
}

/** Characters that would start Markdown syntax at the beginning of a line or inline. */
const escapeMarkdown = (text: string): string =>
  text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3')

/** A table cell holds one line: line breaks typed into it become spaces. */
const markdownCell = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' '))

function markdownBlock(block: DocumentBlock): string[] {
  if (block.kind === 'paragraphs') return block.paragraphs.flatMap((p) => [escapeMarkdown(p), ''])
  if (block.kind === 'list') return [...block.items.map((item) => `- ${escapeMarkdown(item)}`), '']
  const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`
  return [row(block.columns), `| ${block.columns.map(() => '---').join(' | ')} |`, ...block.rows.map(row), '']
}

/** An empty section says so and lists the questions that would fill it. */
const openLines = (section: DocumentSection, words: ExportWords, bullet: string, mark = (t: string) => t) => [
  ...section.open.map(({ label }) => `${bullet} ${mark(`${words.openQuestion}: ${label}`)}`),
  '',
]

/** Blank lines collapse to one; the file ends with one newline. */
const finish = (lines: string[]) =>
  lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd() + '\n'

export function descriptionToMarkdown(model: DescriptionDocumentModel, words: ExportWords): string {
  const { cover } = model
  const out: string[] = [`# ${escapeMarkdown(cover.kind)}: ${escapeMarkdown(cover.title)}`, '']
  if (cover.summary) out.push(escapeMarkdown(cover.summary), '')
  out.push(...cover.facts.map((fact) => `- ${escapeMarkdown(fact)}`), '')
  for (const section of model.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, '')
    if (!section.entries.length) {
      out.push(
        `_${escapeMarkdown(words.emptySection)}_`,
        '',
        ...openLines(section, words, '-', escapeMarkdown),
      )
      continue
    }
    for (const entry of section.entries) {
      out.push(`### ${escapeMarkdown(entry.heading)}`, '', ...entry.blocks.flatMap(markdownBlock))
    }
  }
  return finish(out)
}

/** Plain text has no tables: each row becomes one line naming its filled columns. */
function textBlock(block: DocumentBlock): string[] {
  if (block.kind === 'paragraphs') return block.paragraphs.flatMap((p) => [p, ''])
  if (block.kind === 'list') return [...block.items.map((item) => `• ${item}`), '']
  const line = (row: string[]) =>
    `• ${row
      .map((cell, i) => (cell ? `${block.columns[i]}: ${cell.replace(/\s*\r?\n\s*/g, ' ')}` : ''))
      .filter(Boolean)
      .join('; ')}`
  return [...block.rows.map(line), '']
}

export function descriptionToText(model: DescriptionDocumentModel, words: ExportWords): string {
  const { cover } = model
  const out: string[] = [`${cover.kind}: ${cover.title}`, '']
  if (cover.summary) out.push(cover.summary, '')
  out.push(...cover.facts, '')
  for (const section of model.sections) {
    out.push(section.title.toUpperCase(), '')
    if (!section.entries.length) {
      out.push(words.emptySection, '', ...openLines(section, words, '•'))
      continue
    }
    for (const entry of section.entries) {
      out.push(entry.heading, ...entry.blocks.flatMap(textBlock))
    }
  }
  return finish(out)
}
