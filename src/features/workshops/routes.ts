import type { RouteRecordRaw } from 'vue-router'

export const workshopRoutes: RouteRecordRaw[] = [
  { path: '/workshops', name: 'workshops', component: () => import('@/views/WorkshopsView.vue') },
]
