import type { RouteRecordRaw } from 'vue-router'

export const projectRoutes: RouteRecordRaw[] = [
  { path: '/projekte', name: 'projects', component: () => import('@/views/ProjectsView.vue') },
]
