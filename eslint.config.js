import js from '@eslint/js'
import prettierOff from 'eslint-config-prettier/flat'
import pluginVue from 'eslint-plugin-vue'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores([
    'dist/**',
    'bench/floor/dist/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'coverage/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // zod lives in schema.ts for the build; in the browser it would cost bytes and trip the CSP.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/content/schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'zod is for the build only.', allowTypeImports: true },
            { name: 'vue-i18n', message: 'UI texts come from @/app/i18n (the app does not use vue-i18n).' },
          ],
          patterns: [
            {
              group: ['**/content/schema', './schema'],
              message: 'Import values from @/content/codes; only types may come from the zod schema.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  prettierOff,
])
