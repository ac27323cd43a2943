import type { RouteRecordRaw } from 'vue-router'

/**
 * Joining a shared team. An invitation link opens this path with the invitation in the fragment.
 * Kept here rather than in `paths` (which every first visit loads): only the tools link to it.
 */
export const JOIN_PATH = '/beitreten'

export const sharingRoutes: RouteRecordRaw[] = [
  {
    path: JOIN_PATH,
    component: () => import('@/features/sharing/pages/JoinView.vue'),
  },
]
