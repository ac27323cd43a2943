import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { App } from 'vue'
import { dataRoutes } from '@/features/data/routes'
import { handbookRoutes } from '@/features/handbook/routes'
import { methodRoutes } from '@/features/methods/routes'
import { projectRoutes } from '@/features/projects/routes'
import { workshopRoutes } from '@/features/workshops/routes'

/** Paths are German in both languages, so a shared link works for everyone. Views load lazily. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
  ...handbookRoutes,
  ...methodRoutes,
  ...projectRoutes,
  ...workshopRoutes,
  ...dataRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(to, _from, saved) {
    if (saved) return saved
    if (to.hash) return { el: decodeURIComponent(to.hash), top: 16 }
    return { top: 0 }
  },
})

export function install(app: App): void {
  app.use(router)
}
