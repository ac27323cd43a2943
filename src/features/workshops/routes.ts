import type { RouteRecordRaw } from 'vue-router'

export const workshopRoutes: RouteRecordRaw[] = [
  {
    path: '/workshops',
    name: 'workshops',
    component: () => import('@/features/workshops/pages/WorkshopsView.vue'),
  },
  {
    path: '/workshops/:id',
    name: 'workshop',
    meta: { content: ['methods'] },
    component: () => import('@/features/workshops/pages/WorkshopPlannerView.vue'),
    props: true,
  },
  {
    path: '/workshops/:id/live',
    name: 'workshop-live',
    meta: { content: ['methods'] },
    component: () => import('@/features/workshops/pages/WorkshopLiveView.vue'),
    props: true,
  },
  {
    path: '/workshops/:id/projektor',
    name: 'workshop-projector',
    meta: { content: ['methods'] },
    component: () => import('@/features/workshops/pages/WorkshopProjectorView.vue'),
    props: true,
  },
]
