import type { RouteRecordRaw } from 'vue-router'

// The fixed paths come before `/methoden/:id`, so "druck" and "sammlungen" are never read as ids.
export const methodRoutes: RouteRecordRaw[] = [
  {
    path: '/methoden',
    name: 'methods',
    // A search text or a step in the address needs the card bodies or the steps (see useLibrary).
    meta: {
      content: (to) => [
        'methodCards',
        'outline',
        ...(to.query.q ? (['methods'] as const) : []),
        ...(to.query.schritt ? (['steps'] as const) : []),
      ],
    },
    component: () => import('@/features/methods/pages/MethodsView.vue'),
  },
  {
    path: '/methoden/sammlungen',
    name: 'method-collections',
    meta: { content: ['methodCards'] },
    component: () => import('@/features/methods/pages/MethodCollectionsView.vue'),
  },
  {
    path: '/methoden/druck',
    name: 'method-print',
    meta: { content: ['methodCards', 'outline', 'steps', 'methods'] },
    component: () => import('@/features/methods/pages/MethodPrintView.vue'),
  },
  {
    path: '/methoden/:id',
    name: 'method',
    meta: { content: ['methods', 'steps', 'methodSummaries', 'outline'] },
    component: () => import('@/features/methods/pages/MethodView.vue'),
    props: true,
  },
]
