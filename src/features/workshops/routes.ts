import type { RouteRecordRaw } from 'vue-router'

export const workshopRoutes: RouteRecordRaw[] = [
  { path: '/workshops', name: 'workshops', component: () => import('@/views/WorkshopsView.vue') },
  {
    path: '/workshops/:id',
    name: 'workshop',
    meta: { content: ['methods'] },
    component: () => import('@/views/WorkshopPlannerView.vue'),
    props: true,
  },
  {
    path: '/workshops/:id/live',
    name: 'workshop-live',
    meta: { content: ['methods'] },
    component: () => import('@/views/WorkshopLiveView.vue'),
    props: true,
  },
]
