import type { RouteRecordRaw } from 'vue-router'
import { PROJECT_PARTS } from './handbook'

/** Teams, projects and the wizard. Paths are German in both languages. */
export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/projekte',
    name: 'projects',
    meta: { content: ['phases', 'steps'] },
    component: () => import('@/views/ProjectsView.vue'),
  },
  {
    path: '/projekte/:projectId',
    name: 'project',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/views/ProjectOverviewView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/einstieg',
    name: 'project-entry',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/views/ProjectEntryView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/schritte/:stepId',
    name: 'project-step',
    meta: { content: [...PROJECT_PARTS, 'methodSummaries'] },
    component: () => import('@/views/ProjectStepView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/beschreibung',
    name: 'project-description',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/views/ProjectDescriptionView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/logbuch',
    name: 'project-logbook',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/views/ProjectLogbookView.vue'),
    props: true,
  },
]

export const projectPath = (projectId: string, section?: 'einstieg' | 'beschreibung' | 'logbuch') =>
  `/projekte/${projectId}${section ? `/${section}` : ''}`
export const stepPath = (projectId: string, stepId: string) => `/projekte/${projectId}/schritte/${stepId}`
