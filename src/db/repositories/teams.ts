import type { HandbookDatabase } from '../database'
import { docsOf } from '../docs'
import { newId, now } from '../ids'
import { matchesName, nameWords, queryWords } from '@/lib/name-words'
import type { Team } from '@/model'

/**
 * Teams are never read all at once: a device may hold 100 000 of them (a hostile or mistaken
 * import), and every page shows the team switcher. Reads are bounded by a limit and use indexes.
 */
export class TeamRepository {
  constructor(private readonly db: HandbookDatabase) {}

  /** The most recently edited teams, newest first. */
  recent(limit: number): Promise<Team[]> {
    return this.db.teams.orderBy('updatedAt').reverse().limit(limit).toArray()
  }

  /** The most recently edited team: the current one when none was chosen (or it is gone). */
  mostRecent(): Promise<Team | undefined> {
    return this.db.teams.orderBy('updatedAt').last()
  }

  count(): Promise<number> {
    return this.db.teams.count()
  }

  /**
   * Up to `limit` teams whose name has a word starting with each typed word ("wär 47" finds
   * "Team Wärmeschutz 4711"); the most recent teams when nothing is typed. The index is walked
   * for the typed word with the fewest matches, so "team 4711" does not visit every "Team …".
   */
  async search(query: string, limit: number): Promise<Team[]> {
    const words = queryWords(query)
    if (!words.length) return this.recent(limit)
    const index = this.db.teams.where('nameWords')
    const counts = await Promise.all(words.map((w) => index.startsWith(w).count()))
    const rarest = words[counts.indexOf(Math.min(...counts))] ?? ''
    return this.db.teams
      .where('nameWords')
      .startsWith(rarest)
      .distinct()
      .filter((team) => matchesName(nameWords(team.name), words))
      .limit(limit)
      .toArray()
  }

  get(id: string): Promise<Team | undefined> {
    return this.db.teams.get(id)
  }

  async create(name: string): Promise<Team> {
    const time = now()
    const team: Team = { id: newId(), name: name.trim(), createdAt: time, updatedAt: time }
    // The row first: it is the home of the team's document, which then takes the row in.
    // A copy: the creating hook adds the name's search words to the object it is given.
    await this.db.teams.add({ ...team })
    await docsOf(this.db).change({ teamId: team.id }, (w) => w.team.put('teams', { ...team }))
    return team
  }

  async rename(id: string, name: string): Promise<void> {
    await docsOf(this.db).change({ teamId: id }, (w) =>
      w.team.patch('teams', [id], { name: name.trim(), updatedAt: now() }),
    )
  }
}
