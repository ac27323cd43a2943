/**
 * Document names: `team/<teamId>` is a team's shared document and `team/<teamId>/<kind>/<id>` a
 * document that belongs to the team (e.g. `team/t1/project/p1`). Any other name is refused, so
 * every document has exactly one team whose secret opens it.
 */
const ID = '[A-Za-z0-9_-]{1,200}'
const TEAM_DOCUMENT = new RegExp(`^team/(${ID})$`)
const TEAM_PART = new RegExp(`^team/(${ID})/(${ID})/(${ID})$`)

/** The team a document belongs to, or undefined for a name the server does not accept. */
export function teamOfDocument(name: string): string | undefined {
  return (TEAM_DOCUMENT.exec(name) ?? TEAM_PART.exec(name))?.[1]
}
