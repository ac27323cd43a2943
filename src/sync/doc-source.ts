/**
 * What the sync client needs from the document core (src/db/docs/), as one small interface: the
 * app wires in the core (default-docs.ts), tests pass plain in-memory Y.Docs.
 */
import type * as Y from 'yjs'

export type DocRef = { kind: 'team'; teamId: string } | { kind: 'project'; teamId: string; projectId: string }

export interface DocSource {
  /** The document's name on the server: `team/<teamId>` or `team/<teamId>/project/<projectId>`. */
  name(ref: DocRef): string
  /** The document, loaded and kept in storage; each `open` is matched by one `release`. */
  open(ref: DocRef): Promise<Y.Doc>
  release(doc: Y.Doc): void
  /** The projects of a team document; its `projects` map tells when they change. */
  projectIds(teamDoc: Y.Doc): string[]
  /** Creates an empty team row when missing, so a joined team's document has a parent. */
  ensureTeamRow(teamId: string, name: string): Promise<void>
}
