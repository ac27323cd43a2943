/** The table of contents of a handbook page. Pure, shared by every reader view. */

export interface TocEntry {
  id: string
  text: string
  level: 2 | 3
}

/** Heading source text may hold inline Markdown; the contents list shows plain words. */
export function plainHeading(source: string): string {
  return source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Level 2 and 3 headings of the body, followed by the sections the view adds after it (steps,
 * methods …). Deeper headings would make the list too long to scan.
 */
export function tocEntries(
  headings: readonly { level: number; id: string; text: string }[],
  sections: readonly { id: string; text: string }[] = [],
): TocEntry[] {
  return [
    ...headings
      .filter((h) => h.level === 2 || h.level === 3)
      .map((h) => ({ id: h.id, text: plainHeading(h.text), level: h.level as 2 | 3 })),
    ...sections.map((s) => ({ id: s.id, text: s.text, level: 2 as const })),
  ]
}
