import type { Page } from '@playwright/test'
import { waitForAppDatabase } from './fixtures'

export const TEAM_TABLES = [
  'teams',
  'members',
  'projects',
  'answers',
  'stepStates',
  'logbook',
  'favourites',
  'collections',
  'workshops',
] as const

/** Writes records straight into the app's IndexedDB, once the app has created it. */
export async function putRecords(page: Page, records: Partial<Record<string, object[]>>) {
  await waitForAppDatabase(page)
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(Object.keys(records), 'readwrite')
    for (const [table, rows] of Object.entries(records))
      for (const row of rows ?? []) tx.objectStore(table).put(row)
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)))
    db.close()
  }, records)
}

/**
 * Every row of every team table, straight from IndexedDB, without the words of team names: the
 * storage layer derives them for its search index on every write (src/db/team-words.ts) and drops
 * them on every read, so they are not part of a record.
 */
export function storedRows(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    async (tables) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('handbuch-interaktiv')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const out: Record<string, unknown[]> = {}
      for (const table of tables) {
        out[table] = await new Promise((resolve) => {
          const request = db.transaction(table).objectStore(table).getAll()
          request.onsuccess = () =>
            resolve(request.result.map(({ nameWords: _words, ...row }: Record<string, unknown>) => row))
        })
      }
      db.close()
      return out
    },
    TEAM_TABLES as unknown as string[],
  )
}

/** A team with one of everything, in the shapes the app stores today. */
export function teamRecords(teamId: string, teamName: string) {
  const t = '2026-11-01T09:00:00.000Z'
  const projectId = `${teamId}-p1`
  return {
    teams: [{ id: teamId, name: teamName, createdAt: t, updatedAt: t }],
    members: [{ id: `${teamId}-m1`, teamId, name: 'Alex', role: 'massnahmenteam' }],
    projects: [
      {
        id: projectId,
        teamId,
        title: 'Digitale Terminvergabe',
        description: 'Termine online',
        phase: 2,
        currentStepId: 'kick-off',
        archived: false,
        createdAt: t,
        updatedAt: t,
      },
    ],
    answers: [{ projectId, questionId: 'kickoff-ziele', value: 'Wartezeit halbieren', updatedAt: t }],
    stepStates: [{ projectId, stepId: 'kick-off', status: 'done', updatedAt: t }],
    logbook: [
      { id: `${teamId}-l1`, projectId, kind: 'decision', text: 'Wir starten', phase: 2, createdAt: t },
    ],
    favourites: [{ teamId, methodId: 'akteure-kartieren', createdAt: t }],
    collections: [
      { id: `${teamId}-c1`, teamId, name: 'Kit', methodIds: ['check-in'], createdAt: t, updatedAt: t },
    ],
    workshops: [
      {
        id: `${teamId}-w1`,
        teamId,
        projectId,
        title: 'Kick-off',
        date: '2026-12-03',
        startTime: '09:30',
        endTime: '11:00',
        place: '',
        goal: '',
        participants: null,
        items: [],
        timer: null,
        createdAt: t,
        updatedAt: t,
      },
    ],
  }
}
