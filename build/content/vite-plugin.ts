import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { LANGS } from '../../src/content/schema.ts'
import { formatError } from './errors.ts'
import { loadHandbook, type LoadResult } from './load.ts'

const PREFIX = 'virtual:handbook/'

/**
 * Serves the handbook as one module per language (`virtual:handbook/de`, `virtual:handbook/en`):
 * front matter validated and bodies rendered here, so the browser gets plain data and ships no YAML
 * parser and no markdown renderer. A content error fails the build with file, field and reason.
 */
export function handbookContent(options: { root: string }): Plugin {
  const root = resolve(options.root)
  let strict = true
  let cached: LoadResult | null = null

  const load = (): LoadResult => {
    cached ??= loadHandbook(root, { strictTranslations: strict, displayBase: resolve(root, '..') })
    return cached
  }

  return {
    name: 'handbook-content',
    configResolved(config) {
      strict = config.command === 'build'
    },
    resolveId(id) {
      if (id.startsWith(PREFIX) && LANGS.includes(id.slice(PREFIX.length) as never)) return `\0${id}`
      return null
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null
      const lang = id.slice(PREFIX.length + 1) as (typeof LANGS)[number]
      const { handbooks, errors } = load()
      if (errors.length > 0) {
        this.error(
          `The handbook content has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`,
        )
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(handbooks[lang]))})`
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(root)
      const onChange = (file: string) => {
        if (!file.startsWith(root)) return
        cached = null
        for (const lang of LANGS) {
          const mod = server.moduleGraph.getModuleById(`\0${PREFIX}${lang}`)
          if (mod) server.moduleGraph.invalidateModule(mod)
        }
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
    },
  }
}
