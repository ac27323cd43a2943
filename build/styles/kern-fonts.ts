import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import subsetFont from 'subset-font'
import type { Plugin } from 'vite'

/**
 * The faces of KERN's font (Fira Sans) that the app's stylesheet uses. KERN's components ask for
 * 400 and 600 (500 and 700 fall back to the nearest of these); italic only appears in body text.
 */
export const KERN_FONT_FILES = ['FiraSans-Regular', 'FiraSans-Italic', 'FiraSans-SemiBold'] as const

/**
 * The Latin characters the two languages of the handbook need: Basic Latin and Latin-1 (umlauts,
 * ß, «»), typographic quotes and dashes, the euro sign, arrows and the minus. Anything else falls
 * back to the system font, which `unicode-range` in src/styles/_fonts.scss tells the browser.
 */
export const LATIN_TEXT = (() => {
  let text = ''
  for (let code = 0x20; code <= 0xff; code++) text += String.fromCodePoint(code)
  return text + 'Œœıˆˇˉ˘˙˚˛˜˝–—‘’‚“”„†‡•…‰‹›⁄€™←↑→↓−∕'
})()

const require = createRequire(import.meta.url)
const fontDir = join(dirname(require.resolve('@kern-ux/native/package.json')), 'dist', 'fonts', 'fira-sans')

/**
 * KERN ships each face of Fira Sans whole (about 130 kB, with Greek and Cyrillic). This plugin
 * cuts the used faces down to Latin (about 26 kB each) before any stylesheet is compiled and
 * exposes them as `@kern-fonts/<face>.woff2`, so Vite bundles them like any other asset: hashed,
 * self-hosted and precached by the service worker. Subsetting takes seconds, so the result is
 * kept in node_modules/.cache, keyed by the package's version and the character list.
 */
export function kernFonts(): Plugin {
  const pkg = JSON.parse(readFileSync(require.resolve('@kern-ux/native/package.json'), 'utf8')) as {
    version: string
  }
  const key = createHash('sha256').update(`${pkg.version}\n${LATIN_TEXT}`).digest('hex').slice(0, 12)
  const outDir = join(process.cwd(), 'node_modules', '.cache', 'kern-fonts', key)
  let base = '/'
  return {
    name: 'kern-fonts',
    configResolved(config) {
      base = config.base
    },
    async config() {
      mkdirSync(outDir, { recursive: true })
      await Promise.all(
        KERN_FONT_FILES.map(async (face) => {
          const target = join(outDir, `${face}.woff2`)
          if (existsSync(target)) return
          const subset = await subsetFont(readFileSync(join(fontDir, `${face}.woff2`)), LATIN_TEXT, {
            targetFormat: 'woff2',
          })
          writeFileSync(target, subset)
        }),
      )
      return { resolve: { alias: { '@kern-fonts': outDir } } }
    },
    // Every page sets text in the regular and the semibold face. Preloaded, they arrive while the
    // app's scripts load, so the first paint already uses them: with `swap` alone the page showed the
    // stand-in first, and on a phone lines rewrapped when Fira came (layout shift 0.09 on a method card).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return
        return Object.values(ctx.bundle)
          .filter((file) => /^assets\/FiraSans-(Regular|SemiBold)-[\w-]+\.woff2$/.test(file.fileName))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `${base}${file.fileName}`,
              crossorigin: '',
            },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}
