import type { Plugin, Rollup } from 'vite'

/** A declaration of a custom property, up to its `;` or the closing brace of its rule. */
const DECLARATION = /(--[\w-]+)\s*:[^;{}]*(?:;|(?=}))/g
/** Every place a custom property is read: `var(--name` in CSS or in JavaScript (inline styles). */
const REFERENCE = /var\(\s*(--[\w-]+)/g

/** Names read anywhere in the given texts. */
export function referencedProperties(texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...text.matchAll(REFERENCE)].map((match) => match[1])))
}

/**
 * Drops declarations of custom properties whose names start with `prefix` and that nothing reads.
 * Repeats until nothing changes, because a dropped token may have been the only reader of another.
 */
export function pruneCustomProperties(css: string[], others: string[], prefix: string): string[] {
  let result = css
  for (;;) {
    const read = referencedProperties([...result, ...others])
    const next = result.map((text) =>
      text.replace(DECLARATION, (declaration, name: string) =>
        name.startsWith(prefix) && !read.has(name) ? '' : declaration,
      ),
    )
    if (next.every((text, i) => text === result[i])) return next
    result = next
  }
}

/**
 * KERN declares about 600 tokens (every shade of every palette, every size) on :root, and the app
 * reads a fraction of them. Declarations nothing in the build reads are removed from the CSS, which
 * saves about a third of the first visit's stylesheet. Only KERN's own tokens are touched; a theme
 * that sets one of them keeps it when a component reads it.
 */
export function pruneKernTokens(prefix = '--kern-'): Plugin {
  return {
    name: 'prune-kern-tokens',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle)
      const sheets = files.filter(
        (file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'),
      )
      const scripts = files
        .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
        .map((c) => c.code)
      const pruned = pruneCustomProperties(
        sheets.map((sheet) => String(sheet.source)),
        scripts,
        prefix,
      )
      sheets.forEach((sheet, i) => (sheet.source = pruned[i]))
    },
  }
}
