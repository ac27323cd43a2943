/// <reference types="vite/client" />

declare module 'virtual:handbook/*' {
  import type { Handbook } from '@/content/schema'
  const handbook: Handbook
  export default handbook
}

/** The version in package.json, set by vite.config.ts; written into every export. */
declare const __APP_VERSION__: string
