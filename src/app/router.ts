import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import type { App } from 'vue'
import type { Part } from '@/content/parts'
import type { PageRole } from '@/content/roles'
import { useHandbookStore } from '@/content/store'
import { loadToolTexts } from './i18n'
import { dataRoutes } from '@/features/data/routes'
import { handbookRoutes } from '@/features/handbook/routes'
import { methodRoutes } from '@/features/methods/routes'
import { projectRoutes } from '@/features/projects/routes'
import { sharingRoutes } from '@/features/sharing/routes'
import { workshopRoutes } from '@/features/workshops/routes'

// The app wires the features together: it alone imports their routes and messages directly;
// everything else uses a feature's index.ts.
/** Paths are German in both languages, so a shared link works for everyone. Views load lazily. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    meta: { content: ['outline'], pageRole: 'home', readerOnly: true },
    component: () => import('@/features/handbook/pages/HomeView.vue'),
  },
  ...handbookRoutes,
  ...methodRoutes,
  ...projectRoutes,
  ...workshopRoutes,
  ...dataRoutes,
  ...sharingRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    meta: { readerOnly: true },
    component: () => import('@/app/pages/NotFoundView.vue'),
  },
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

declare module 'vue-router' {
  interface RouteMeta {
    /** The parts of the handbook the page shows; loaded before it renders, so nothing jumps. */
    content?: readonly Part[] | ((to: RouteLocationNormalized) => readonly Part[])
    /** The page with this role is shown; which page that is, the outline says (so `content` has it). */
    pageRole?: PageRole
    /** A reading page: it needs only the shell texts, not those of the tools (see app/i18n.ts). */
    readerOnly?: boolean
  }
}

router.beforeResolve(async (to) => {
  // A part that fails to load is reported by the store; the page then shows its loading state.
  const { content = [], readerOnly = false, pageRole } = to.meta
  const store = useHandbookStore()
  const loadContent = async () => {
    await store.ensure(typeof content === 'function' ? content(to) : content)
    const id = pageRole && store.get(['outline'])?.outline.roles[pageRole]
    if (id) await store.ensure([`page:${id}`])
  }
  await Promise.all([
    loadContent().catch(() => undefined),
    readerOnly ? undefined : loadToolTexts().catch((err: unknown) => console.error(err)),
  ])
})

export function install(app: App): void {
  app.use(router)
}
