import type { Plugin } from 'vite'
import type { SiteIcons } from './site-icons.ts'

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' }

/** Writes the handbook's icons into the build, serves them in the dev server and links them in index.html. */
export function siteIconFiles(icons: SiteIcons): Plugin {
  return {
    name: 'site-icons',
    transformIndexHtml: () => icons.tags,
    generateBundle() {
      for (const { fileName, source } of icons.files) this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = icons.files.find((f) => req.url?.split('?')[0] === `/${f.fileName}`)
        if (!file) return next()
        res.setHeader('Content-Type', TYPES[file.fileName.split('.').pop()!] ?? 'application/octet-stream')
        res.end(file.source)
      })
    },
  }
}
