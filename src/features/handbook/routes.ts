import type { RouteRecordRaw } from 'vue-router'

/** The handbook reader and search. Paths are German in both languages. */
const routes: RouteRecordRaw[] = [
  {
    path: '/handbuch',
    name: 'handbook',
    meta: { content: ['pages', 'phases', 'formats', 'values', 'descriptionTemplate'] },
    component: () => import('@/features/handbook/pages/HandbookView.vue'),
  },
  {
    path: '/handbuch/glossar',
    name: 'glossary',
    meta: { content: ['terms', 'outline'] },
    component: () => import('@/features/handbook/pages/GlossaryView.vue'),
  },
  {
    path: '/handbuch/phasen/:id',
    name: 'phase',
    meta: { content: ['phases', 'steps', 'methodSummaries', 'outline'] },
    component: () => import('@/features/handbook/pages/PhaseView.vue'),
    props: true,
  },
  {
    path: '/handbuch/formate/:id',
    name: 'format',
    meta: { content: ['formats', 'phases', 'steps', 'outline'] },
    component: () => import('@/features/handbook/pages/FormatView.vue'),
    props: true,
  },
  {
    path: '/handbuch/werte/:id',
    name: 'value',
    meta: { content: ['values', 'outline'] },
    component: () => import('@/features/handbook/pages/ValueView.vue'),
    props: true,
  },
  {
    path: '/handbuch/schritte/:id',
    name: 'step',
    meta: { content: ['phases', 'steps', 'methodSummaries', 'outline'] },
    component: () => import('@/features/handbook/pages/StepView.vue'),
    props: true,
  },
  // A page, or the description template at the page path of its id (PageView tells them apart by
  // the outline): its file name is the handbook's own, so no fixed path can name it.
  {
    path: '/handbuch/:id',
    name: 'page',
    meta: { content: (to) => [`page:${String(to.params.id)}`, 'outline'] },
    component: () => import('@/features/handbook/pages/PageView.vue'),
    props: true,
  },
  { path: '/suche', name: 'search', component: () => import('@/features/handbook/pages/SearchView.vue') },
  // A footer page (about, privacy, accessibility) has a short path named by its id, whatever the
  // handbook calls it (pages/ueber.md → /ueber). Fixed paths rank before this one; PageView shows "not found"
  // for an id that is no footer page, so every other page keeps its one address under /handbuch.
  {
    path: '/:id',
    name: 'footer-page',
    meta: { content: (to) => [`page:${String(to.params.id)}`, 'outline'] },
    component: () => import('@/features/handbook/pages/PageView.vue'),
    props: (to) => ({ id: String(to.params.id), footer: true }),
  },
]

/** Every handbook route is a reading page: its texts are the shell's (see meta.readerOnly). */
export const handbookRoutes = routes.map(
  (route) => ({ ...route, meta: { ...route.meta, readerOnly: true } }) as RouteRecordRaw,
)
