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
  const [z, { recordSchemas, ANY_HANDBOOK }] = await Promise.all([
    import('zod/mini'),
    import('@/lib/transfer/checks/v2'),
  ])
  const schemas = recordSchemas(ANY_HANDBOOK) as Record<string, Parameters<typeof z.safeParse>[0]>
  return (table, row) => {
    const schema = schemas[table.name]
    // A table added later without a schema here is taken as it is, as the import would.
    return !schema || z.safeParse(schema, row).success
  }
}
