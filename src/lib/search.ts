import MiniSearch, { type SearchResult } from 'minisearch'
import type { Handbook } from '@/content/schema'
import { contentPath, type LinkKind } from '@/content/routes'
import { foldGerman } from './text'

export interface SearchDoc {
  key: string
  kind: LinkKind
  id: string
  title: string
  summary: string
  text: string
}

export interface SearchHit {
  kind: LinkKind
  id: string
  title: string
  summary: string
  path: string
  score: number
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')

/** Every searchable thing of one language, as flat text. */
export function searchDocs(handbook: Handbook): SearchDoc[] {
  const doc = (kind: LinkKind, id: string, title: string, summary: string, html: string): SearchDoc => ({
    key: `${kind}:${id}`,
    kind,
    id,
    title,
    summary,
    text: stripTags(html),
  })
  return [
    ...handbook.pages.map((p) => doc('page', p.id, p.title, p.summary, p.html)),
    ...handbook.phases.map((p) => doc('phase', p.id, p.title, `${p.subtitle}. ${p.aim}`, p.html)),
    ...handbook.formats.map((f) => doc('format', f.id, f.title, f.goal, `${f.description} ${f.html}`)),
    ...handbook.values.map((v) => doc('value', v.id, v.title, v.summary, v.html)),
    ...handbook.steps.map((s) =>
      doc('step', s.id, s.title, s.goal, `${s.html} ${s.questions.map((q) => q.label).join(' ')}`),
    ),
    ...handbook.methods.map((m) => doc('method', m.id, m.title, m.summary, m.html)),
    ...handbook.terms.map((t) => doc('term', t.id, t.term, stripTags(t.definitionHtml), t.aliases.join(' '))),
  ]
}

/**
 * A German-aware full-text index: umlauts and ß are folded ("Massnahme" finds "Maßnahme"), the
 * last word matches as a prefix while typing, small typos are tolerated, titles weigh most.
 */
export function createSearchIndex(handbook: Handbook): (query: string) => SearchHit[] {
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'summary', 'text'],
    storeFields: ['kind', 'id', 'title', 'summary'],
    processTerm: (term) => foldGerman(term),
  })
  index.addAll(searchDocs(handbook))
  return (query) => {
    if (!query.trim()) return []
    return index
      .search(query, {
        combineWith: 'AND',
        prefix: (term, i, terms) => i === terms.length - 1 || term.length > 3,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        boost: { title: 4, summary: 2 },
      })
      .map((r: SearchResult) => ({
        kind: r.kind as LinkKind,
        id: r.id as string,
        title: r.title as string,
        summary: r.summary as string,
        path: contentPath(r.kind as LinkKind, r.id as string),
        score: r.score,
      }))
  }
}
