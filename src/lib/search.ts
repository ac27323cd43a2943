import MiniSearch, { type Query } from 'minisearch'
import type { Handbook, Synonyms } from '@/content/schema'
import { contentPath, type LinkKind } from '@/content/routes'
import { foldGerman } from './text'

export interface SearchDoc {
  key: string
  kind: LinkKind
  id: string
  path: string
  title: string
  /** Other names (glossary aliases): searched like the title, never shown. */
  keywords: string
  summary: string
  text: string
}

export interface SearchHit {
  kind: LinkKind
  id: string
  title: string
  summary: string
  text: string
  path: string
  score: number
  /** The folded words of the document that matched, for highlighting. */
  terms: string[]
}

/** The order of the result groups: the handbook's own pages first, the glossary last. */
export const KIND_ORDER: readonly LinkKind[] = ['page', 'phase', 'format', 'value', 'step', 'method', 'term']

const stripTags = (html: string) =>
  html
    .replace(/<\/?(p|li|ul|ol|h\d|div|aside|blockquote|br|hr|tr|td|th|dt|dd|table)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? "'",
    )
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** What the search reads: the whole handbook but its sample measure, which is a project, not a text. */
// Agenda templates have no page of their own to link to: the workshops page offers them.
type Searched = Omit<Handbook, 'sample' | 'agendas'>

/** Every searchable thing of one language, as flat text. */
export function searchDocs(handbook: Searched): SearchDoc[] {
  const doc = (kind: LinkKind, id: string, title: string, summary: string, text: string, keywords = '') => ({
    key: `${kind}:${id}`,
    kind,
    id,
    path: contentPath(kind, id, kind === 'page' ? handbook.pages.find((p) => p.id === id)?.role : undefined),
    title,
    keywords,
    summary,
    text: stripTags(text),
  })
  const template = handbook.descriptionTemplate
  return [
    ...handbook.pages.map((p) => doc('page', p.id, p.title, p.summary, p.html)),
    ...(template
      ? [
          doc(
            'page',
            template.id,
            template.title,
            template.intro,
            `${template.sections.map((s) => `${s.title}: ${s.description}`).join(' ')} ${template.html}`,
          ),
        ]
      : []),
    ...handbook.phases.map((p) => doc('phase', p.id, p.title, `${p.subtitle}. ${p.aim}`, p.html)),
    ...handbook.formats.map((f) => doc('format', f.id, f.title, f.goal, `${f.description} ${f.html}`)),
    ...handbook.values.map((v) => doc('value', v.id, v.title, v.summary, v.html)),
    ...handbook.steps.map((s) =>
      doc('step', s.id, s.title, s.goal, `${s.html} ${s.questions.map((q) => q.label).join(' ')}`),
    ),
    ...handbook.methods.map((m) => doc('method', m.id, m.title, m.summary, m.html)),
    ...handbook.terms.map((t) =>
      doc('term', t.id, t.term, stripTags(t.definitionHtml), t.html, t.aliases.join(' ')),
    ),
  ]
}

/** Words as MiniSearch splits them: at spaces and punctuation. */
const words = (text: string) => text.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean)

/**
 * Turns a query into one that also finds the handbook's terms for everyday words
 * (handbook-content/synonyms.md): "Bürgerbeteiligung Online" searches for "(Bürgerbeteiligung or
 * Öffentlichkeitsbeteiligung) and Online". A query without such a word stays as typed.
 */
export function expandSynonyms(query: string, synonyms: Synonyms): Query {
  const entries = Object.entries(synonyms)
    .map(([word, terms]) => ({ key: words(word).map(foldGerman), terms }))
    .filter((e) => e.key.length > 0)
    // The longest everyday phrase wins ("Bürger beteiligen" before "Bürger").
    .sort((a, b) => b.key.length - a.key.length)
  const tokens = words(query)
  const folded = tokens.map(foldGerman)
  const plain: string[] = []
  const groups: Query[] = []
  for (let i = 0; i < tokens.length;) {
    const hit = entries.find((e) => e.key.every((k, j) => folded[i + j] === k))
    if (!hit) {
      // i < tokens.length, so the token exists.
      plain.push(tokens[i++] as string)
      continue
    }
    const typed = tokens.slice(i, i + hit.key.length).join(' ')
    groups.push({
      combineWith: 'OR',
      queries: [typed, ...hit.terms].map((q) => ({ combineWith: 'AND', queries: [q] })),
    })
    i += hit.key.length
  }
  if (groups.length === 0) return query
  return { combineWith: 'AND', queries: plain.length ? [plain.join(' '), ...groups] : groups }
}

/**
 * A German-aware full-text index: umlauts and ß are folded ("Massnahme" finds "Maßnahme"), the
 * last word matches as a prefix while typing, small typos are tolerated, titles weigh most.
 */
export function createSearchIndex(handbook: Searched): (query: string) => SearchHit[] {
  const docs = searchDocs(handbook)
  const byKey = new Map(docs.map((d) => [d.key, d]))
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'keywords', 'summary', 'text'],
    processTerm: (term) => foldGerman(term),
  })
  index.addAll(docs)
  return (query) => {
    if (!query.trim()) return []
    return index
      .search(expandSynonyms(query, handbook.synonyms), {
        combineWith: 'AND',
        prefix: (term, i, terms) => i === terms.length - 1 || term.length > 3,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        // Small typos only: a larger edit distance on long words costs time and finds noise.
        maxFuzzy: 2,
        boost: { title: 6, keywords: 4, summary: 2 },
      })
      .flatMap((r) => {
        const d = byKey.get(r.id as string)
        if (!d) return []
        const { kind, id, title, summary, text, path } = d
        return [{ kind, id, title, summary, text, path, score: r.score, terms: r.terms }]
      })
  }
}

/**
 * At most `total` hits, at most `perGroup` of each kind, filled round by round so that every kind
 * with a hit is shown before any kind gets its second (for the short list under the search field).
 */
export function limitGroups<T extends { hits: unknown[] }>(
  groups: readonly T[],
  perGroup: number,
  total: number,
): T[] {
  const counts = groups.map(() => 0)
  let left = total
  for (let round = 0; round < perGroup && left > 0; round++) {
    groups.forEach((g, i) => {
      if (left > 0 && g.hits.length > round) {
        counts[i] = (counts[i] ?? 0) + 1
        left--
      }
    })
  }
  return groups.map((g, i) => ({ ...g, hits: g.hits.slice(0, counts[i]) })).filter((g) => g.hits.length)
}

/** Hits grouped by kind in KIND_ORDER, each group keeping the ranking; empty groups left out. */
export function groupHits(hits: readonly SearchHit[]): { kind: LinkKind; hits: SearchHit[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter(
    (g) => g.hits.length,
  )
}
