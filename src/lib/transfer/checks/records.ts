/**
 * One record checked on its own, as an import checks it: for rows that reach a team's documents
 * from another device (src/db/docs/row-check.ts). Named functions only, so the bundle keeps just
 * the parts of Zod the checks use.
 */
import * as z from 'zod/mini'
import { ANY_HANDBOOK, recordSchemas } from './v2'

export function recordCheck(): (table: string, row: unknown) => boolean {
  const schemas: Record<string, z.ZodMiniType> = recordSchemas(ANY_HANDBOOK)
  // A table added later without a schema here is taken as it is, as the import would.
  return (table, row) => !schemas[table] || z.safeParse(schemas[table], row).success
}
