/**
 * The storage layer: the only part of the app that knows about Dexie. Everything else reads and
 * writes through these repositories and `useLiveQuery`.
 */
import { HandbookDatabase } from './database'
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

export type * from './types'
export type { TeamSnapshot } from './repositories/teams'
export { HandbookDatabase } from './database'
export { useLiveQuery } from './live'
export { answerJournal } from './journal'
export { onNewerVersionElsewhere } from './version-change'

export function createRepositories(db: HandbookDatabase) {
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
    transfer: new TransferRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>

let shared: Repositories | null = null

/** The app's repositories on the default database, created on first use (not at start-up). */
export function repositories(): Repositories {
  shared ??= createRepositories(new HandbookDatabase())
  localDataPresent.value = true
  return shared
}
