import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// The same Vue plugin options and production flags as the app's vite.config.ts.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue({ features: { optionsAPI: false } })],
  build: { outDir: 'dist', emptyOutDir: true },
})
