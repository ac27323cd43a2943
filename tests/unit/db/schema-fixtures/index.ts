import { v1 } from './v1'
import { v2 } from './v2'
import { v3 } from './v3'
import { upgradedFromV1, v4 } from './v4'
import { v5 } from './v5'

/**
 * A database as an earlier app version left it: that version's stores (exactly as shipped) and
 * records. When schema version n + 1 is added, add `vN+1.ts` here and, for the older fixtures,
 * `expected` records where the upgrade changes them.
 */
export interface SchemaFixture {
  version: number
  stores: Record<string, string>
  records: Record<string, Record<string, unknown>[]>
  /** The records after upgrading to the current schema; the same as `records` if left out. */
  expected?: Record<string, Record<string, unknown>[]>
}

// Version 4 gave every logbook entry its phase, so the older fixtures upgrade to those records.
export const fixtures: SchemaFixture[] = [
  { ...v1, expected: upgradedFromV1 },
  { ...v2, expected: upgradedFromV1 },
  { ...v3, expected: upgradedFromV1 },
  { ...v4, expected: v4.expected },
  { ...v5, expected: v4.expected },
]
