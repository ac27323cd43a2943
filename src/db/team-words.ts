/**
 * The word index of team names (`*nameWords` on the teams table, schema version 3). The words are
 * derived from the name, so they are kept in step by table hooks on every write (create, rename,
 * import, undo) and dropped on every read: the app, exports and tests see a team exactly as the
 * model declares it, and a crafted `nameWords` in an import file is overwritten, never trusted.
 */
import type { Transaction } from 'dexie'
import { nameWords } from '@/lib/name-words'
import type { HandbookDatabase } from './database'

type StoredTeam = { name?: unknown; nameWords?: string[] }

export function keepTeamWordsInStep(db: HandbookDatabase): void {
  db.teams.hook('creating', (_key, team) => {
    ;(team as StoredTeam).nameWords = nameWords(team.name)
  })
  // Always answered: a put that replaces a team (an import) would otherwise drop the words.
  db.teams.hook('updating', (changes, _key, team) => {
    const name = 'name' in changes ? (changes as StoredTeam).name : team.name
    return { nameWords: nameWords(name) }
  })
  db.teams.hook('reading', (team) => {
    if (!team || !('nameWords' in team)) return team
    const plain = { ...team } as typeof team & StoredTeam
    delete plain.nameWords
    return plain
  })
}

/** Version 3's upgrade: indexes the names of the teams stored before. */
export async function addTeamWords(tx: Transaction): Promise<void> {
  await tx
    .table('teams')
    .toCollection()
    .modify((team: StoredTeam) => {
      team.nameWords = nameWords(team.name)
    })
}
