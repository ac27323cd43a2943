/// <reference types="vite/client" />

/**
 * The dynamic imports of every part of the handbook per content language (build/content/vite-plugin.ts).
 */
declare module 'virtual:handbook/loaders' {
  import type { Lang } from '@/content/codes'
  import type { HandbookParts } from '@/content/parts'
  // Every fixed part, and one `page:<id>` entry per page of that language.
  const loaders: Partial<
    Record<Lang, { [P in keyof HandbookParts]?: () => Promise<{ default: HandbookParts[P] }> }>
  >
  export default loaders
}

/** The content languages: the handbook's language folders, the leading language first (never empty). */
/** The agenda templates of each language, loaded only by the workshops feature. */
declare module 'virtual:handbook/agendas' {
  import type { Lang } from '@/content/codes'
  import type { AgendaTemplate } from '@/content/schema'
  const loaders: Partial<Record<Lang, () => Promise<{ default: AgendaTemplate[] }>>>
  export default loaders
}

declare module 'virtual:handbook/langs' {
  import type { Lang } from '@/content/codes'
  const langs: readonly [Lang, ...Lang[]]
  export default langs
}

/** The texts of the site file of one language (build/content/site.ts); part of the UI texts as `site`. */
declare module 'virtual:handbook/de/site' {
  const site: import('@/content/parts').SiteTexts
  export default site
}
declare module 'virtual:handbook/en/site' {
  const site: import('@/content/parts').SiteTexts
  export default site
}
/** What only the tools show of the site file of one language; part of the tool texts as `siteTools`. */
declare module 'virtual:handbook/de/site-tools' {
  const texts: import('@/content/parts').SiteToolTexts
  export default texts
}
declare module 'virtual:handbook/en/site-tools' {
  const texts: import('@/content/parts').SiteToolTexts
  export default texts
}

/** The version in package.json, set by vite.config.ts; written into every export. */
declare const __APP_VERSION__: string
