import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { piniaPureSaveAs } from './build/bundle/pinia-pure-save-as.ts'
import { formatError } from './build/content/errors.ts'
import { handbookRoot, readLangs } from './build/content/langs.ts'
import { readSite } from './build/content/read.ts'
import { manifestFields } from './build/content/site.ts'
import { handbookContent } from './build/content/vite-plugin.ts'
import { siteIcons } from './build/icons/site-icons.ts'
import { siteIconFiles } from './build/icons/vite-plugin.ts'
import { kernFonts } from './build/styles/kern-fonts.ts'
import { pruneKernTokens } from './build/styles/prune-custom-properties.ts'

/** handbook-content, or the folder in HANDBOOK_DIR: `HANDBOOK_DIR=tests/fixtures/x npm run build`. */
const contentRoot = handbookRoot(fileURLToPath(new URL('.', import.meta.url)))
/** The web manifest names the handbook as the site file of the leading language does. */
const { langs, errors } = readLangs(contentRoot)
const [leading] = langs
if (!leading) throw new Error(`The handbook has no language:\n${errors.map(formatError).join('\n')}`)
const site = readSite(contentRoot, leading)
if (!site.data) throw new Error(`The site file is not valid:\n${site.errors.map(formatError).join('\n')}`)
/** The favicon and the manifest's icons: the handbook's own, or drawn from its name and colour. */
const icons = siteIcons(contentRoot, site.data, join(contentRoot, leading, 'site.md'))

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

/**
 * The dev server injects every component's styles as <style> elements, which the strict
 * Content-Security-Policy of index.html blocks. Only while serving, allow inline styles; the
 * production build links its CSS files and keeps the strict policy.
 */
const devStylePolicy = (): Plugin => ({
  name: 'dev-style-policy',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
})

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  plugins: [
    handbookContent({ root: contentRoot }),
    piniaPureSaveAs(),
    kernFonts(),
    pruneKernTokens(),
    vue({ features: { optionsAPI: false } }),
    devStylePolicy(),
    siteIconFiles(icons),
    VitePWA({
      // A new version waits until the user agrees (see src/features/data/composables/useAppUpdate.ts).
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        ...manifestFields(site.data, leading),
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        icons: icons.manifest,
      },
      workbox: {
        // Every chunk: the shell, every lazily loaded route, the UI texts and every part of the
        // handbook in both languages, so each page works offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,txt}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control of the first visit at once, so lazy chunks load offline without a reload.
        // No skipWaiting: an update waits for the user's go (registerType 'prompt').
        clientsClaim: true,
      },
    }),
  ],
  css: {
    // KERN's sources use Sass features that newer Sass versions deprecate; its warnings are not ours.
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['if-function'] } },
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Every browser the app supports preloads modules natively; the polyfill was first-visit bytes
    // that no user needed.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Component tests wait for IndexedDB lookups as a user would; on two busy cores one test of
    // several lookups can pass 5 s. Nothing here asserts a time.
    testTimeout: 15_000,
  },
})
