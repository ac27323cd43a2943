/**
 * Rows that arrive in a document from elsewhere (another device through the sync server, a merged
 * file) are checked like the records of an import before they become rows: a team member's broken
 * or crafted document must not put a record into storage that the views cannot show. The checks
 * load only when such a change arrives; this tab's own writes need none.
 */
import type { TeamTable } from '@/model'
import type { Row } from './layout'

export type RowCheck = (table: TeamTable, row: Row) => boolean

export async function loadRowCheck(): Promise<RowCheck> {
  const check = (await import('@/lib/transfer/checks/records')).recordCheck()
  return (table, row) => check(table.name, row)
}
