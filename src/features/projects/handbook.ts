import type { HandbookWith } from '@/content/parts'

/** The parts of the handbook every project page works with: the wizard, its gates and outputs. */
export const PROJECT_PARTS = ['phases', 'steps', 'values', 'entryCheck', 'descriptionTemplate'] as const

export type ProjectHandbook = HandbookWith<(typeof PROJECT_PARTS)[number]>
