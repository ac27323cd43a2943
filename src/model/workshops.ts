import type { Workshop } from './records'

export type WorkshopInput = Pick<Workshop, 'teamId' | 'title'> &
  Partial<Omit<Workshop, 'id' | 'teamId' | 'title' | 'createdAt' | 'updatedAt'>>

export type WorkshopChanges = Partial<Omit<Workshop, 'id' | 'teamId' | 'createdAt' | 'updatedAt'>>

/** The fields a user edits: everything but identity and timestamps. */
export function editable(w: Workshop): WorkshopChanges {
  const { projectId, title, date, startTime, endTime, place, goal, participants, items, timer } = w
  return { projectId, title, date, startTime, endTime, place, goal, participants, items, timer }
}
