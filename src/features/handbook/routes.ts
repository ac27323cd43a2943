import type { RouteRecordRaw } from 'vue-router'
import { DESCRIPTION_PAGE_ID } from '@/lib/reading-order'

/** The handbook reader and search. Paths are German in both languages. */
export const handbookRoutes: RouteRecordRaw[] = [
  { path: '/handbuch', name: 'handbook', component: () => import('@/views/HandbookView.vue') },
  { path: '/handbuch/glossar', name: 'glossary', component: () => import('@/views/GlossaryView.vue') },
  {
    path: `/handbuch/${DESCRIPTION_PAGE_ID}`,
    name: 'description-template',
    component: () => import('@/views/DescriptionView.vue'),
  },
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
  { path: '/suche', name: 'search', component: () => import('@/views/SearchView.vue') },
  ...(['ueber', 'datenschutz', 'barrierefreiheit'] as const).map((id) => ({
    path: `/${id}`,
    name: id,
    component: () => import('@/views/PageView.vue'),
    props: { id },
  })),
]
