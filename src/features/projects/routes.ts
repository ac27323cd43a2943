import type { RouteRecordRaw } from 'vue-router'
import { PROJECT_PARTS } from './handbook'

/** Teams, projects and the wizard. Paths are German in both languages. */
export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/projekte',
    name: 'projects',
    meta: { content: ['phases', 'steps'] },
    component: () => import('@/features/projects/pages/ProjectsView.vue'),
  },
  {
    path: '/projekte/beispiel',
    name: 'project-sample',
    meta: { content: [...PROJECT_PARTS, 'sample'] },
    component: () => import('@/features/projects/pages/SampleProjectView.vue'),
  },
  {
    path: '/projekte/:projectId',
    name: 'project',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/features/projects/pages/ProjectOverviewView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/einstieg',
    name: 'project-entry',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/features/projects/pages/ProjectEntryView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/schritte/:stepId',
    name: 'project-step',
    meta: { content: [...PROJECT_PARTS, 'methodSummaries'] },
    component: () => import('@/features/projects/pages/ProjectStepView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/beschreibung',
    name: 'project-description',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/features/projects/pages/ProjectDescriptionView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/logbuch',
    name: 'project-logbook',
    meta: { content: PROJECT_PARTS },
    component: () => import('@/features/projects/pages/ProjectLogbookView.vue'),
    props: true,
  },
]
