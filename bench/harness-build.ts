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
  return `${OWN_PROVIDER.before}\n${chunk.code}\n${OWN_PROVIDER.after}`
}

/**
 * The harness carries its own copy of Yjs and y-dexie, but Dexie is one per page (a global), and
 * y-dexie hangs its document provider on it and takes the one it finds there. The harness's
 * documents would then be made by the app's Yjs, which the harness's Yjs does not recognise (its
 * rows would read as missing), or the other way round for an app that loads its storage later. So
 * the harness's y-dexie finds none and keeps its own, and afterwards the page's global is as before.
 */
const OWN_PROVIDER = {
  before: `globalThis.__benchAppProvider = globalThis[Symbol.for('Dexie')]?.DexieYProvider;
if (globalThis[Symbol.for('Dexie')]) delete globalThis[Symbol.for('Dexie')].DexieYProvider;`,
  after: `if (globalThis[Symbol.for('Dexie')]) {
  if (globalThis.__benchAppProvider) globalThis[Symbol.for('Dexie')].DexieYProvider = globalThis.__benchAppProvider;
  else delete globalThis[Symbol.for('Dexie')].DexieYProvider;
}`,
}
