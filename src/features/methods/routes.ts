import type { RouteRecordRaw } from 'vue-router'

// The fixed paths come before `/methoden/:id`, so "druck" and "sammlungen" are never read as ids.
export const methodRoutes: RouteRecordRaw[] = [
  {
    path: '/methoden',
    name: 'methods',
    meta: { content: ['methods', 'steps'] },
    component: () => import('@/views/MethodsView.vue'),
  },
  {
    path: '/methoden/sammlungen',
    name: 'method-collections',
    meta: { content: ['methods'] },
    component: () => import('@/views/MethodCollectionsView.vue'),
  },
  {
    path: '/methoden/druck',
    name: 'method-print',
    meta: { content: ['methods', 'steps'] },
    component: () => import('@/views/MethodPrintView.vue'),
  },
  {
    path: '/methoden/:id',
    name: 'method',
    meta: { content: ['methods', 'steps', 'methodSummaries'] },
    component: () => import('@/views/MethodView.vue'),
    props: true,
  },
]
