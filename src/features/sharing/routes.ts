import type { RouteRecordRaw } from 'vue-router'

/** Joining a shared team. An invitation link opens this path with the invitation in the fragment. */
export const sharingRoutes: RouteRecordRaw[] = [
  {
    path: '/beitreten',
    name: 'join',
    component: () => import('@/features/sharing/pages/JoinView.vue'),
  },
]
