import type { RouteRecordRaw } from 'vue-router'

/** Data safety: backup, export and import. Empty until that feature has its page. */
export const dataRoutes: RouteRecordRaw[] = []
