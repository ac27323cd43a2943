/**
 * The storage layer: the only part of the app that knows about Dexie. Features read through
 * `useLiveQuery` and write through `loadRepositories()` (both in live.ts, which loads this module on
 * first use); components never import it.
 */
import { TEAM_TABLES, type TeamTable } from '@/model'
import { HandbookDatabase } from './database'
import { docsOf, type DocStore } from './docs'

export { docName, projectIdsOf } from './docs'
import { localDataPresent } from './presence'
import { AnswerRepository } from './repositories/answers'
import { CollectionRepository } from './repositories/collections'
import { FavouriteRepository } from './repositories/favourites'
import { LogbookRepository } from './repositories/logbook'
import { MemberRepository } from './repositories/members'
import { ProjectRepository } from './repositories/projects'
import { SettingRepository } from './repositories/settings'
import { StepStateRepository } from './repositories/step-states'
import { TeamRepository } from './repositories/teams'
import { TransferRepository } from './repositories/transfer'
import { WorkshopRepository } from './repositories/workshops'

export { liveQuery } from 'dexie'
export { HandbookDatabase } from './database'
export { answerJournal } from './journal'

/** The repositories on a database; `tables` is the team-table registry (a test may extend it). */
export function createRepositories(db: HandbookDatabase, tables: readonly TeamTable[] = TEAM_TABLES) {
  docsOf(db, tables)
  return {
    teams: new TeamRepository(db),
    members: new MemberRepository(db),
    projects: new ProjectRepository(db),
    answers: new AnswerRepository(db),
    logbook: new LogbookRepository(db),
    favourites: new FavouriteRepository(db),
    collections: new CollectionRepository(db),
    workshops: new WorkshopRepository(db),
    settings: new SettingRepository(db),
    stepStates: new StepStateRepository(db),
    transfer: new TransferRepository(db, tables),
  }
}

export type Repositories = ReturnType<typeof createRepositories>

let shared: Repositories | null = null
let sharedDb: HandbookDatabase | null = null

/** The app's repositories on the default database, created on first use (not at start-up). */
export function repositories(): Repositories {
  sharedDb ??= new HandbookDatabase()
  shared ??= createRepositories(sharedDb)
  localDataPresent.value = true
  return shared
}

/** The documents of the app's default database (issue #21), for the sync client. */
export function appDocuments(): DocStore {
  repositories()
  return docsOf(sharedDb!)
}

/**
 * Gives a team this device joins a home before its data arrives: a row named as the invitation says
 * and a document that is never filled from that placeholder (the sync server brings the real rows).
 */
export async function ensureTeamRow(teamId: string, name: string): Promise<void> {
  repositories()
  const db = sharedDb!
  if (!(await db.teams.get(teamId))) {
    const time = new Date().toISOString()
    await db.teams.add({ id: teamId, name, createdAt: time, updatedAt: time })
    await docsOf(db).initializeEmpty({ kind: 'team', teamId })
  }
}
