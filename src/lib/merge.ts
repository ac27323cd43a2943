/**
 * Three-way merge of one stored value edited in two tabs: `base` is what this tab last saw in
 * storage, `mine` what it wants to write, `theirs` what storage holds now. A side that left a part
 * as it was in `base` takes the other side's version of that part; where both sides changed the
 * same part differently there is a conflict, which the caller shows to the user (never drops).
 *
 * It merges what is safe without knowing the question type: edits of a text that lie apart (one
 * person adds a sentence at the end while another fixes a word at the start), different keys of an
 * object (the value compass, a workshop's fields), different cells of a table of the same length,
 * items appended on both sides of a list, and lists of records with ids (an agenda) by id. The same
 * stretch of text changed on both sides is a conflict. Between devices, Yjs merges texts character
 * by character (src/db/docs/); this merge is for an edit whose base was overtaken before it was
 * stored (another tab, or another device's change that arrived while typing).
 */

export type MergeResult = { ok: true; value: unknown } | { ok: false }

type Plain = Record<string, unknown>

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deep equality of JSON-like values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => sameValue(a[key], b[key]))
  }
  return false
}

const CONFLICT: MergeResult = { ok: false }

export function mergeValues(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return { ok: true, value: mine }
  if (sameValue(mine, base)) return { ok: true, value: theirs }
  // Both sides changed it, differently: look inside, if both are the same kind of container.
  if (
    typeof mine === 'string' &&
    typeof theirs === 'string' &&
    (base === undefined || typeof base === 'string')
  )
    return mergeTexts(base ?? '', mine, theirs)
  if (isPlain(mine) && isPlain(theirs)) return mergeObjects(isPlain(base) ? base : {}, mine, theirs)
  if (Array.isArray(mine) && Array.isArray(theirs))
    return mergeLists(Array.isArray(base) ? base : [], mine, theirs)
  return CONFLICT
}

/** One edit of a text: `from[start, end)` replaced by `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The single edit that turns `from` into `to`: what lies between their common start and end. */
export function textEdit(from: string, to: string): TextEdit {
  let start = 0
  const shorter = Math.min(from.length, to.length)
  while (start < shorter && from[start] === to[start]) start++
  let end = 0
  while (end < shorter - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++
  // Never split a surrogate pair: an edit boundary inside one would store half an emoji.
  while (start > 0 && isLowSurrogate(from.charCodeAt(start))) start--
  while (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--
  return { start, end: from.length - end, text: to.slice(start, to.length - end) }
}

/** Both sides' edits of a text, when they lie apart; a conflict when they touch the same stretch. */
function mergeTexts(base: string, mine: string, theirs: string): MergeResult {
  const a = textEdit(base, mine)
  const b = textEdit(base, theirs)
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  if (first.end >= second.start) return CONFLICT
  const value =
    base.slice(0, first.start) +
    first.text +
    base.slice(first.end, second.start) +
    second.text +
    base.slice(second.end)
  return { ok: true, value }
}

function mergeObjects(base: Plain, mine: Plain, theirs: Plain): MergeResult {
  const merged: Plain = {}
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const result = mergeValues(base[key], mine[key], theirs[key])
    if (!result.ok) return CONFLICT
    if (result.value !== undefined) merged[key] = result.value
  }
  return { ok: true, value: merged }
}

const idOf = (item: unknown) => (isPlain(item) && typeof item.id === 'string' ? item.id : null)
const allKeyed = (...lists: unknown[][]) => lists.every((list) => list.every((item) => idOf(item) !== null))

function mergeLists(base: unknown[], mine: unknown[], theirs: unknown[]): MergeResult {
  if (allKeyed(base, mine, theirs)) return mergeKeyed(base as Plain[], mine as Plain[], theirs as Plain[])
  // The same length on all sides: items were edited in place (a cell of a table, a list item).
  if (base.length === mine.length && base.length === theirs.length) {
    const merged: unknown[] = []
    for (const [i, item] of base.entries()) {
      const result = mergeValues(item, mine[i], theirs[i])
      if (!result.ok) return CONFLICT
      merged.push(result.value)
    }
    return { ok: true, value: merged }
  }
  // Both sides kept what was there and appended items: keep both sides' new items.
  const keeps = (list: unknown[]) => base.every((item, i) => sameValue(item, list[i]))
  if (keeps(mine) && keeps(theirs))
    return { ok: true, value: [...base, ...theirs.slice(base.length), ...mine.slice(base.length)] }
  return CONFLICT
}

/**
 * Records with ids (agenda items): an item removed on one side and left alone on the other goes;
 * items edited on both sides are merged field by field; new items of both sides are kept. The order
 * is theirs, unless only this tab reordered.
 */
function mergeKeyed(base: Plain[], mine: Plain[], theirs: Plain[]): MergeResult {
  const byId = (list: Plain[]) => new Map(list.map((item) => [idOf(item), item]))
  const [inBase, inMine, inTheirs] = [byId(base), byId(mine), byId(theirs)]
  const order = (list: Plain[]) =>
    list.map(idOf).filter((id) => inBase.has(id) && inMine.has(id) && inTheirs.has(id))
  const mineReordered = !sameValue(order(mine), order(base))
  const theirsReordered = !sameValue(order(theirs), order(base))
  if (mineReordered && theirsReordered && !sameValue(order(mine), order(theirs))) return CONFLICT
  const leading = mineReordered ? mine : theirs
  const other = mineReordered ? theirs : mine

  const merged: Plain[] = []
  for (const item of leading) {
    const id = idOf(item)
    const was = inBase.get(id)
    const counterpart = (mineReordered ? inTheirs : inMine).get(id)
    if (!was) merged.push(item)
    else if (counterpart) {
      const result = mergeValues(was, inMine.get(id), inTheirs.get(id))
      if (!result.ok) return CONFLICT
      merged.push(result.value as Plain)
    } else if (!sameValue(item, was)) return CONFLICT // removed there, changed here
  }
  for (const item of other) {
    const id = idOf(item)
    if (inBase.has(id)) {
      // Removed by the leading side but changed by this one: neither may win silently.
      if (!merged.some((m) => idOf(m) === id) && !sameValue(item, inBase.get(id))) return CONFLICT
    } else if (!merged.some((m) => idOf(m) === id)) merged.push(item)
  }
  return { ok: true, value: merged }
}

/**
 * Where a caret at `position` in `from` stands once the text became `to` through one edit: before
 * the edit it stays, after it it moves by what the edit added or removed, inside it it goes to the
 * edit's end. So a person typing keeps their place when someone else's words arrive.
 */
export function mapCaret(from: string, to: string, position: number): number {
  const edit = textEdit(from, to)
  if (position <= edit.start) return position
  if (position >= edit.end) return position + edit.text.length - (edit.end - edit.start)
  return edit.start + edit.text.length
}
