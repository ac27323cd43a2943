import type { Lang } from '@/content/codes'

/**
 * The page's language and meta description, in the UI language. index.html is built with those of
 * the handbook's leading language (build/content/site.ts); after a switch, a screen reader must read
 * the page in the language shown, and whatever reads the description (a bookmark, the preview of a
 * shared link) should get the site file of that language too.
 */
export function showLangInHead(lang: Lang, description: string): void {
  document.documentElement.lang = lang
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]')
  if (!meta) {
    meta = document.createElement('meta')
    meta.name = 'description'
    document.head.append(meta)
  }
  meta.content = description
}
