import type { RouteRecordRaw } from 'vue-router'

/** Teams, projects and the wizard. Paths are German in both languages. */
export const projectRoutes: RouteRecordRaw[] = [
  { path: '/projekte', name: 'projects', component: () => import('@/views/ProjectsView.vue') },
  {
    path: '/projekte/:projectId',
    name: 'project',
    component: () => import('@/views/ProjectOverviewView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/einstieg',
    name: 'project-entry',
    component: () => import('@/views/ProjectEntryView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/schritte/:stepId',
    name: 'project-step',
    component: () => import('@/views/ProjectStepView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/beschreibung',
    name: 'project-description',
    component: () => import('@/views/ProjectDescriptionView.vue'),
    props: true,
  },
  {
    path: '/projekte/:projectId/logbuch',
    name: 'project-logbook',
    component: () => import('@/views/ProjectLogbookView.vue'),
    props: true,
  },
]

export const projectPath = (projectId: string, section?: 'einstieg' | 'beschreibung' | 'logbuch') =>
  `/projekte/${projectId}${section ? `/${section}` : ''}`
export const stepPath = (projectId: string, stepId: string) => `/projekte/${projectId}/schritte/${stepId}`
