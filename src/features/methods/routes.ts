import type { RouteRecordRaw } from 'vue-router'

export const methodRoutes: RouteRecordRaw[] = [
  { path: '/methoden', name: 'methods', component: () => import('@/views/MethodsView.vue') },
  { path: '/methoden/:id', name: 'method', component: () => import('@/views/MethodView.vue'), props: true },
]
