import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { handbookContent } from './build/content/vite-plugin.ts'

export default defineConfig({
  define: {
    // vue-i18n: Composition API only, no message compiler at run time (messages are plain strings).
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  plugins: [
    handbookContent({ root: fileURLToPath(new URL('./handbook-content', import.meta.url)) }),
    vue({ features: { optionsAPI: false } }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
})
