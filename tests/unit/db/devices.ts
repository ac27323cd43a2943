/**
 * Devices for the document tests: each a database of its own with the app's repositories, closed
 * and deleted after every test (its documents first, so no provider writes into a deleted database).
 */
import Dexie from 'dexie'
import { afterEach } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { docsOf } from '../../../src/db/docs'

const open: HandbookDatabase[] = []

afterEach(async () => {
  for (const db of open.splice(0)) {
    await docsOf(db).closeAll()
    db.close()
    await Dexie.delete(db.name)
  }
})

/** A device with the database `name`, removed again after the test. */
export function connect(name: string) {
  const db = new HandbookDatabase(name)
  open.push(db)
  return { db, repos: createRepositories(db) }
}

export type Device = ReturnType<typeof connect>
