import type { RouteRecordRaw } from 'vue-router'

// The fixed paths come before `/methoden/:id`, so "druck" and "sammlungen" are never read as ids.
export const methodRoutes: RouteRecordRaw[] = [
  { path: '/methoden', name: 'methods', component: () => import('@/views/MethodsView.vue') },
  {
    path: '/methoden/sammlungen',
    name: 'method-collections',
    component: () => import('@/views/MethodCollectionsView.vue'),
  },
  { path: '/methoden/druck', name: 'method-print', component: () => import('@/views/MethodPrintView.vue') },
  { path: '/methoden/:id', name: 'method', component: () => import('@/views/MethodView.vue'), props: true },
]
