/**
 * Every path of the app in one place, so no component writes a route as a string. Paths are
 * German in both languages, so a shared link works for everyone. Handbook content (pages, phases,
 * steps, methods …) has its paths in `@/content/routes`, which the build uses too.
 */
import type { LocationQueryRaw, RouteLocationRaw } from 'vue-router'
import type { PageRole } from '@/content/roles'
import { GLOSSARY_PATH, contentPath } from '@/content/routes'

export type ProjectSection = 'einstieg' | 'beschreibung' | 'logbuch'

/**
 * The HTML id of an agenda item in the workshop planner. Item ids are usually UUIDs, but an
 * imported file may hold any text, so only characters safe in an id and a CSS selector are kept.
 */
export const agendaItemAnchor = (itemId: string) => `punkt-${itemId.replace(/[^A-Za-z0-9_-]/g, '_')}`

export const paths = {
  home: () => '/',
  handbook: () => '/handbuch',
  glossary: () => GLOSSARY_PATH,
  page: (id: string, role?: PageRole) => contentPath('page', id, role),
  search: (query?: string) => (query ? `/suche?q=${encodeURIComponent(query)}` : '/suche'),
  methods: () => '/methoden',
  /** The library with filters (facets, a step, a collection) in the address. */
  methodsFiltered: (query: LocationQueryRaw): RouteLocationRaw => ({ path: '/methoden', query }),
  method: (id: string) => contentPath('method', id),
  methodPrint: (query: LocationQueryRaw): RouteLocationRaw => ({ path: '/methoden/druck', query }),
  methodCollections: () => '/methoden/sammlungen',
  projects: () => '/projekte',
  /** The handbook's sample measure, read-only, with "copy into my team". */
  sample: () => '/projekte/beispiel',
  project: (projectId: string, section?: ProjectSection) =>
    `/projekte/${projectId}${section ? `/${section}` : ''}`,
  step: (projectId: string, stepId: string) => `/projekte/${projectId}/schritte/${stepId}`,
  workshops: () => '/workshops',
  workshop: (id: string) => `/workshops/${id}`,
  /** A workshop's planner, scrolled to one agenda item (a logbook entry captured there links to it). */
  workshopItem: (id: string, itemId: string) => `/workshops/${id}#${agendaItemAnchor(itemId)}`,
  /** Live mode, or its second window for the projector (timer, current and next item only). */
  workshopLive: (id: string, projector?: boolean) => `/workshops/${id}/${projector ? 'projektor' : 'live'}`,
  data: (section?: string) => `/daten${section ? `#${section}` : ''}`,
} as const
