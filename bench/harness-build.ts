/** Builds bench/harness.ts into one script in memory: it is evaluated in pages, never written to dist/. */
import { join } from 'node:path'
import { build, type Rolldown } from 'vite'

export async function buildHarness(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@': join(root, 'src') } },
    define: {
      __APP_VERSION__: JSON.stringify('bench'),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'bench/harness.ts'), formats: ['iife'], name: 'benchHarness' },
    },
  })
  const [result] = Array.isArray(output) ? output : [output as Rolldown.RolldownOutput]
  const chunk = result.output.find((o) => o.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('The bench harness was not built')
  return chunk.code
}
