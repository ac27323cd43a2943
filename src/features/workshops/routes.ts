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
    // Live mode and its projector window (paths.workshopLive): one record and one chunk, since every
    // route costs bytes on the first visit of any page.
    path: '/workshops/:id/:view(live|projektor)',
    name: 'workshop-live',
    meta: { content: ['methods'] },
    component: () => import('@/features/workshops/pages/WorkshopLiveView.vue'),
    props: true,
  },
]
