import type { ContentError } from '../errors.ts'
import type { SourceDoc } from '../read.ts'

interface SourceFields {
  source?: { title: string; licence: string }
  own: boolean
  licence: string
}

/** Licence terms that an adaptation must keep: a source's restriction stays a restriction. */
const KEPT_TERMS: { code: string; words: string }[] = [
  { code: 'NC', words: 'non-commercial (NC)' },
  { code: 'SA', words: 'share-alike (SA)' },
]

const hasTerm = (licence: string, code: string) => new RegExp(`(^|[^A-Z])${code}([^A-Z]|$)`).test(licence)

/**
 * Every method card says where it comes from and under which licence it may be reused: either it is
 * this tool's own work (`own: true`, no source), or it names its source with that source's licence,
 * and the card's own licence keeps the source's terms.
 */
export function checkMethodSources(docs: SourceDoc[]): ContentError[] {
  const errors: ContentError[] = []
  for (const doc of docs) {
    if (doc.kind !== 'methods') continue
    const { source, own, licence } = doc.data as unknown as SourceFields
    const fail = (field: string, message: string) => errors.push({ file: doc.file, field, message })
    if (own && source) {
      fail('own', "a card with own: true is this tool's own work and has no source; remove one of the two")
    } else if (!own && !source) {
      fail(
        'source',
        "is missing: name the source (title and licence), or write own: true if the card is this tool's own work",
      )
    }
    if (!source) continue
    for (const { code, words } of KEPT_TERMS) {
      if (hasTerm(source.licence, code) && !hasTerm(licence, code)) {
        fail(
          'licence',
          `the source "${source.title}" is licensed ${source.licence}, which is ${words}; the card's licence must keep that term (found "${licence}")`,
        )
      }
    }
  }
  return errors
}
