import type { Lang, TermList } from '../../../src/content/schema.ts'
import { fieldPath, type ContentError } from '../errors.ts'
import { TERM_LIST_FILE } from '../lists.ts'
import type { SourceDoc } from '../read.ts'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Rule {
  variant: string
  use: string
  pattern: RegExp
  keep: string[]
}

/**
 * A variant counts as a whole word: "Partner" is found in "die Partner", not in "Partner:innen",
 * "Kooperationspartner" or "Partnerschaft".
 */
function rulesFor(list: TermList, lang: Lang): Rule[] {
  return list.terms.flatMap(({ [lang]: wording, keep }) => {
    // A term may list no wording for this language (a handbook in one language lists only that).
    if (!wording) return []
    return wording.avoid.map((variant) => ({
      variant,
      use: wording.use,
      // Case counts except for the first letter, so a variant is found at the start of a sentence too.
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])[${variant[0].toUpperCase()}${variant[0].toLowerCase()}]${escape(variant.slice(1))}(?![\\p{L}\\p{N}]|:in|\\*in)`,
        'u',
      ),
      keep,
    }))
  })
}

/** Fields that hold codes (ids, option values, links), not wording. */
const CODE_FIELDS = new Set([
  'id',
  'value',
  'url',
  'step',
  'format',
  'section',
  'methods',
  'related',
  'prefill',
  'reuse',
])

/** Every text of a document with the field it sits in: the body and each text in the front matter. */
function* texts(value: unknown, path: (string | number)[] = []): Generator<[string, string]> {
  if (CODE_FIELDS.has(String(path.at(-1)))) return
  if (typeof value === 'string') yield [fieldPath(path), value]
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* texts(item, [...path, i])
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key])
}

/**
 * Warns (without failing the check) where a file uses a variant that the term list asks to avoid,
 * naming the file, the field and the preferred term.
 */
export function checkTerms(docs: SourceDoc[], list: TermList | null | undefined): ContentError[] {
  if (!list) return []
  const rules = { de: rulesFor(list, 'de'), en: rulesFor(list, 'en') }
  const warnings: ContentError[] = []
  for (const doc of docs) {
    const fields: [string, string][] = [...texts(doc.data), ['body', doc.body]]
    for (const [field, raw] of fields) {
      // Web addresses and internal link targets are not wording.
      const text = raw.replace(/https?:\/\/\S+/g, ' ').replace(/\]\([a-z]+:[a-z0-9-]+\)/g, ']')
      for (const rule of rules[doc.lang]) {
        const cleaned = rule.keep.reduce((t, name) => t.split(name).join(' '), text)
        const found = rule.pattern.exec(cleaned)
        if (!found) continue
        warnings.push({
          file: doc.file,
          field,
          message: `uses "${found[0]}"; the term list (handbook-content/${TERM_LIST_FILE}) prefers "${rule.use}"`,
          warning: true,
        })
      }
    }
  }
  return warnings
}
