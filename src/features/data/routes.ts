import type { RouteRecordRaw } from 'vue-router'

/** Data safety: storage status, backup, export, import and deleting. */
export const dataRoutes: RouteRecordRaw[] = [
  { path: '/daten', name: 'data', component: () => import('@/features/data/pages/DataView.vue') },
]
