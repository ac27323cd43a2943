import Dexie, { type EntityTable } from 'dexie'
import yDexie from 'y-dexie'
import type {
  Favourite,
  LogbookEntry,
  Member,
  MethodCollection,
  Project,
  Setting,
  StepAnswer,
  StepState,
  Team,
  Workshop,
} from '@/model'
import { DATABASE_NAME } from './presence'
import { upgradeLogbookEntries } from './logbook-upgrade'
import { addTeamWords, keepTeamWordsInStep } from './team-words'
import { notifyNewerVersion } from './version-change'

/**
 * The one Dexie database of the app. Schema versions are append-only: a shipped `version(n)` is
 * never edited, because browsers out there hold data in that shape. Add `version(n + 1)` with an
 * upgrade function instead, and a fixture test that upgrades a database of every earlier version.
 */
export class HandbookDatabase extends Dexie {
  teams!: EntityTable<Team, 'id'>
  members!: EntityTable<Member, 'id'>
  projects!: EntityTable<Project, 'id'>
  answers!: Dexie.Table<StepAnswer, [string, string]>
  stepStates!: Dexie.Table<StepState, [string, string]>
  logbook!: EntityTable<LogbookEntry, 'id'>
  favourites!: Dexie.Table<Favourite, [string, string]>
  collections!: EntityTable<MethodCollection, 'id'>
  workshops!: EntityTable<Workshop, 'id'>
  settings!: EntityTable<Setting, 'key'>

  constructor(name = DATABASE_NAME) {
    // y-dexie stores each team's and each project's Yjs document (issue #21) in tables of its own.
    super(name, { addons: [yDexie] })
    // Version 1 (0.1.0): the first schema.
    this.version(1).stores({
      teams: 'id, updatedAt',
      members: 'id, teamId',
      projects: 'id, teamId, updatedAt',
      answers: '[projectId+questionId], projectId',
      stepStates: '[projectId+stepId], projectId',
      logbook: 'id, projectId, createdAt',
      favourites: '[teamId+methodId], teamId',
      collections: 'id, teamId',
      workshops: 'id, teamId, projectId',
      settings: 'key',
    })
    // Version 2 (0.2.0): projects indexed by creation time too, so the backup reminder, which runs
    // on every page and re-runs on every autosave, reads the first and the last project instead of
    // all of them. Adding an index needs no upgrade function.
    this.version(2).stores({
      teams: 'id, updatedAt',
      members: 'id, teamId',
      projects: 'id, teamId, updatedAt, createdAt',
      answers: '[projectId+questionId], projectId',
      stepStates: '[projectId+stepId], projectId',
      logbook: 'id, projectId, createdAt',
      favourites: '[teamId+methodId], teamId',
      collections: 'id, teamId',
      workshops: 'id, teamId, projectId',
      settings: 'key',
    })
    // Version 3 (issue #22): a hostile import of 100 000 teams made every page wait for all of them.
    // Teams get a word index of their names (kept by hooks, see team-words.ts), so the switcher
    // searches instead of listing; projects get [teamId+updatedAt], so the data page reads a
    // team's most recent projects a page at a time. The upgrade indexes the names stored before.
    this.version(3)
      .stores({
        teams: 'id, updatedAt, *nameWords',
        members: 'id, teamId',
        projects: 'id, teamId, updatedAt, createdAt, [teamId+updatedAt]',
        answers: '[projectId+questionId], projectId',
        stepStates: '[projectId+stepId], projectId',
        logbook: 'id, projectId, createdAt',
        favourites: '[teamId+methodId], teamId',
        collections: 'id, teamId',
        workshops: 'id, teamId, projectId',
        settings: 'key',
      })
      .upgrade(addTeamWords)
    // Version 4 (issue #17): automatic logbook entries are stored as events with parameters instead
    // of sentences, so they read in the reader's language, and every entry records its project's
    // phase. No index changes; the upgrade rewrites the entries stored before.
    this.version(4)
      .stores({
        teams: 'id, updatedAt, *nameWords',
        members: 'id, teamId',
        projects: 'id, teamId, updatedAt, createdAt, [teamId+updatedAt]',
        answers: '[projectId+questionId], projectId',
        stepStates: '[projectId+stepId], projectId',
        logbook: 'id, projectId, createdAt',
        favourites: '[teamId+methodId], teamId',
        collections: 'id, teamId',
        workshops: 'id, teamId, projectId',
        settings: 'key',
      })
      .upgrade(upgradeLogbookEntries)
    // Version 5 (issue #21): a team's data lives in Yjs documents, one per team and one per project
    // (src/db/docs/), kept by y-dexie in the tables `$teams.doc_updates` and `$projects.doc_updates`.
    // The rows stay as they are and are derived from the documents from now on. No upgrade function:
    // a team's rows move into its documents the first time they are opened (docs/adopt.ts), which
    // also covers rows that reach IndexedDB by other ways than the app.
    this.version(5).stores({
      teams: 'id, updatedAt, *nameWords, doc: Y.Doc',
      members: 'id, teamId',
      projects: 'id, teamId, updatedAt, createdAt, [teamId+updatedAt], doc: Y.Doc',
      answers: '[projectId+questionId], projectId',
      stepStates: '[projectId+stepId], projectId',
      logbook: 'id, projectId, createdAt',
      favourites: '[teamId+methodId], teamId',
      collections: 'id, teamId',
      workshops: 'id, teamId, projectId',
      settings: 'key',
    })
    keepTeamWordsInStep(this)
    // Another tab wants a newer schema (or deletes the database): close for good, so the upgrade is
    // not blocked and this tab does not reopen the old version; the app asks the user to reload.
    this.on('versionchange', () => {
      this.close()
      notifyNewerVersion()
    })
  }
}
