import type { Lang } from '../../../src/content/schema.ts'
import type { ContentError } from '../errors.ts'
import { notesHeading } from '../method-sections.ts'

/** What the notes check needs of a document: where it is, its language and its Markdown body. */
interface NoteSource {
  file: string
  lang: Lang
  kind: string
  body: string
}

/**
 * The bullets under `heading` (a method card's public-sector notes), each trimmed and with single
 * spaces.
 */
export function noteBullets(body: string, heading: string): string[] {
  const lines = body.split('\n')
  const start = lines.findIndex((l) => /^##\s/.test(l) && l.slice(2).trim() === heading)
  if (start < 0) return []
  const bullets: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    if (/^\s*[-*]\s+/.test(line)) bullets.push(line.replace(/^\s*[-*]\s+/, ''))
    // A bullet may wrap onto indented lines; they belong to the bullet before them.
    else if (/^\s+\S/.test(line) && bullets.length) bullets[bullets.length - 1] += ` ${line.trim()}`
  }
  return bullets.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

/**
 * Warns when two method cards of one language share a public-sector note word for word: a note
 * that fits every card tells a team nothing about this one. A warning does not stop the build.
 */
export function checkNotes(
  docs: NoteSource[],
  sectionsOf: (lang: Lang) => readonly string[],
): ContentError[] {
  const warnings: ContentError[] = []
  const firstSeen = new Map<string, string>()
  for (const doc of docs) {
    if (doc.kind !== 'methods') continue
    for (const note of new Set(noteBullets(doc.body, notesHeading(sectionsOf(doc.lang))))) {
      const key = `${doc.lang}|${note}`
      const other = firstSeen.get(key)
      if (!other) firstSeen.set(key, doc.file)
      else
        warnings.push({
          file: doc.file,
          field: 'body',
          message: `the public-sector note "${note.length > 80 ? `${note.slice(0, 77)}...` : note}" is word for word the same as in ${other}; write a note that fits this method`,
          warning: true,
        })
    }
  }
  return warnings
}
