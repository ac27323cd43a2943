/**
 * The project description as a Word file (Office Open XML), written from the document model with the
 * `docx` package. Only the export imports this module, with `import()`, so the library stays out of
 * every page's first load.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'
import type { DescriptionDocumentModel, DocumentBlock } from './description-document'
import type { ExportWords } from './description-export'

/** A4 in twentieths of a point, with 2 cm margins: the width a table may take. */
const PAGE = { width: 11906, height: 16838, margin: 1134 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

/** A paragraph's single line breaks stay line breaks (Word would join them otherwise). */
const runs = (text: string, bold = false) =>
  text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold: bold || undefined, break: i ? 1 : undefined }))

function table(columns: string[], rows: string[][]): Table {
  const width = Math.floor(TEXT_WIDTH / columns.length)
  const cell = (text: string, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E7ECF2', color: 'auto' } : undefined,
      children: [new Paragraph({ children: runs(text, header) })],
    })
  return new Table({
    width: { size: width * columns.length, type: WidthType.DXA },
    columnWidths: columns.map(() => width),
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ],
  })
}

function block(item: DocumentBlock): FileChild[] {
  if (item.kind === 'paragraphs') return item.paragraphs.map((p) => new Paragraph({ children: runs(p) }))
  if (item.kind === 'list')
    return item.items.map((text) => new Paragraph({ children: runs(text), bullet: { level: 0 } }))
  // A table directly after another block would stick to it; the empty paragraph gives it air in Word.
  return [table(item.columns, item.rows), new Paragraph({})]
}

export async function descriptionToDocx(
  model: DescriptionDocumentModel,
  words: ExportWords,
  locale: string,
): Promise<Blob> {
  const { cover } = model
  const coverPage: FileChild[] = [
    new Paragraph({ text: cover.kind, spacing: { before: 3600, after: 240 } }),
    new Paragraph({ text: cover.title, heading: HeadingLevel.TITLE }),
    ...(cover.summary ? [new Paragraph({ children: runs(cover.summary), spacing: { after: 480 } })] : []),
    ...cover.facts.map((fact) => new Paragraph({ text: fact })),
  ]
  const body: FileChild[] = model.sections.flatMap((section, index) => [
    new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: index === 0 }),
    ...(section.entries.length
      ? section.entries.flatMap((entry) => [
          new Paragraph({ text: entry.heading, heading: HeadingLevel.HEADING_2 }),
          ...entry.blocks.flatMap(block),
        ])
      : [
          new Paragraph({ children: [new TextRun({ text: words.emptySection, italics: true })] }),
          ...section.open.map(
            (open) => new Paragraph({ text: `${words.openQuestion}: ${open.label}`, bullet: { level: 0 } }),
          ),
        ]),
  ])
  const doc = new Document({
    title: `${cover.kind}: ${cover.title}`,
    creator: cover.kind,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: locale } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
          // The cover carries no page number.
          titlePage: true,
        },
        footers: {
          // Word wants a paragraph in every footer, even an empty one.
          first: new Footer({ children: [new Paragraph({})] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [...coverPage, ...body],
      },
    ],
  })
  return Packer.toBlob(doc)
}
