/**
 * The architecture as lint rules: each block says which imports a part of `src/` may not make.
 * `tests/unit/app/eslint-boundaries.test.ts` proves every rule fails on a wrong import.
 *
 * - Only `src/db/` imports Dexie; components never import `@/db` (they use their feature's
 *   composables, which read through `@/db/live`).
 * - `src/lib/` and `src/model/` are plain TypeScript: no Vue, no router, no browser globals, no feature.
 * - Shared components and composables do not reach into features.
 * - A feature uses another feature only through its `index.ts`. The app (`src/app/`) wires the
 *   features together and may import their routes, messages and pages directly.
 */
import { readdirSync } from 'node:fs'

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const rule = '@typescript-eslint/no-restricted-imports'

const zodAndI18n = {
  paths: [
    {
      name: 'zod',
      message:
        'The full zod is for the build; in the browser only the import checks use zod/mini (src/lib/transfer/checks).',
      allowTypeImports: true,
    },
    { name: 'vue-i18n', message: 'UI texts come from @/app/i18n (the app does not use vue-i18n).' },
  ],
  patterns: [
    {
      group: ['**/content/schema', './schema'],
      message: 'Import values from @/content/codes; only types may come from the zod schema.',
      allowTypeImports: true,
    },
  ],
}

const dexie = {
  group: ['dexie', 'dexie/*', 'y-dexie'],
  message: 'Only src/db/ talks to Dexie; use the repositories through a feature composable.',
}

const VUE_LAYER = ['vue', 'vue-router', 'pinia', '@vue/*', '@vueuse/*', '*.vue']
const pure = (where) => ({
  group: [...VUE_LAYER, '@/features/*', '@/components/*', '@/composables/*', '@/app/*', '@/db', '@/db/*'],
  message: `${where} is plain TypeScript: no Vue, no storage layer, no feature.`,
})

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'location', 'indexedDB'].map(
  (name) => ({ name, message: 'src/lib is free of the DOM layer: pass what it needs as arguments.' }),
)

const withBase = (...patterns) => ({
  ...zodAndI18n,
  patterns: [...zodAndI18n.patterns, ...patterns],
})

const noDbInComponents = {
  group: ['@/db', '@/db/*'],
  message: "Components get data and actions from their feature's composables, not from @/db.",
}
const sharedOnly = {
  group: ['@/features/*', '@/features/**'],
  message: 'Shared components and composables do not depend on a feature.',
}
const throughIndex = (feature) => ({
  group: ['@/features/*/**', `!@/features/${feature}/**`],
  message: "Use another feature only through its index.ts (import from '@/features/<name>').",
})

// In a flat config the last block that matches a file sets a rule's options for it, so each block
// lists every pattern that applies to its files, and the blocks go from general to specific.
const restrict = (files, ...patterns) => ({ files, rules: { [rule]: ['error', withBase(...patterns)] } })

export const boundaries = [
  { ...restrict(['src/**/*.ts', 'src/**/*.vue'], dexie), ignores: ['src/content/schema.ts', 'src/db/**'] },
  restrict(['src/db/**/*.ts']),
  restrict(['src/**/*.vue'], dexie, noDbInComponents),
  {
    ...restrict(['src/lib/**/*.ts'], dexie, pure('src/lib')),
    rules: {
      [rule]: ['error', withBase(dexie, pure('src/lib'))],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  restrict(['src/model/**/*.ts'], dexie, pure('src/model')),
  restrict(['src/components/**/*.ts', 'src/composables/**/*.ts'], dexie, sharedOnly),
  restrict(['src/components/**/*.vue'], dexie, noDbInComponents, sharedOnly),
  ...FEATURES.flatMap((feature) => [
    restrict([`src/features/${feature}/**/*.ts`], dexie, throughIndex(feature)),
    restrict([`src/features/${feature}/**/*.vue`], dexie, noDbInComponents, throughIndex(feature)),
  ]),
]
