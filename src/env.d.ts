/// <reference types="vite/client" />

declare module 'virtual:handbook/*' {
  import type { Handbook } from '@/content/schema'
  const handbook: Handbook
  export default handbook
}
