import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { App } from 'vue'

/** Paths are German in both languages, so a shared link works for everyone. Views load lazily. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
  { path: '/handbuch', name: 'handbook', component: () => import('@/views/HandbookView.vue') },
  { path: '/handbuch/glossar', name: 'glossary', component: () => import('@/views/GlossaryView.vue') },
  {
    path: '/handbuch/phasen/:id',
    name: 'phase',
    component: () => import('@/views/PhaseView.vue'),
    props: true,
  },
  {
    path: '/handbuch/formate/:id',
    name: 'format',
    component: () => import('@/views/FormatView.vue'),
    props: true,
  },
  {
    path: '/handbuch/werte/:id',
    name: 'value',
    component: () => import('@/views/ValueView.vue'),
    props: true,
  },
  {
    path: '/handbuch/schritte/:id',
    name: 'step',
    component: () => import('@/views/StepView.vue'),
    props: true,
  },
  { path: '/handbuch/:id', name: 'page', component: () => import('@/views/PageView.vue'), props: true },
  { path: '/methoden', name: 'methods', component: () => import('@/views/MethodsView.vue') },
  { path: '/methoden/:id', name: 'method', component: () => import('@/views/MethodView.vue'), props: true },
  { path: '/projekte', name: 'projects', component: () => import('@/views/ProjectsView.vue') },
  { path: '/workshops', name: 'workshops', component: () => import('@/views/WorkshopsView.vue') },
  { path: '/suche', name: 'search', component: () => import('@/views/SearchView.vue') },
  ...(['ueber', 'datenschutz', 'barrierefreiheit'] as const).map((id) => ({
    path: `/${id}`,
    name: id,
    component: () => import('@/views/PageView.vue'),
    props: { id },
  })),
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
