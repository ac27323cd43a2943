/**
 * The message syntax of the UI texts: `{name}` inserts a named value, `{'{'}` a literal text,
 * `form | form | form` chooses by a count (`t(key, 3)`, which also sets `{n}` and `{count}`), and
 * `@:key` inserts another text (`@.capitalize:key` with a capital first letter): that is how UI texts
 * use the words of the handbook's site file (`Titel @:site.words.measure.genitive`).
 * The same syntax as vue-i18n's, so the texts read the same; see src/app/i18n.ts for why the app
 * carries these twenty lines instead of that library.
 */
export type MessageArg = number | Record<string, unknown>

const forms = new Map<string, string[]>()

/**
 * Which of the forms a count picks. Two forms: one | other. Three forms: zero | one | other.
 * German and English need nothing else.
 */
export function pluralIndex(count: number, formCount: number): number {
  const n = Math.abs(count)
  if (formCount === 2) return n === 1 ? 0 : 1
  return Math.min(n === 0 ? 0 : n === 1 ? 1 : 2, formCount - 1)
}

/** Finds the text a `@:key` link names. */
export type LinkLookup = (key: string) => string | undefined

// A key ends before a dot that no letter follows, so "… @:site.name." keeps its full stop.
const LINK = /@(\.capitalize)?:([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)/g

function resolveLinks(form: string, link: LinkLookup, depth = 0): string {
  if (!form.includes('@') || depth > 4) return form
  return form.replace(LINK, (whole, capitalize: string | undefined, key: string) => {
    const target = link(key)
    if (target === undefined) return whole
    const text = resolveLinks(target, link, depth + 1)
    return capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text
  })
}

export function formatMessage(message: string, arg?: MessageArg, link?: LinkLookup): string {
  let split = forms.get(message)
  if (!split) {
    split = message.split('|').map((form) => form.trim())
    forms.set(message, split)
  }
  const named: Record<string, unknown> = typeof arg === 'number' ? { n: arg, count: arg } : (arg ?? {})
  // `split` has at least one form (splitting always yields one) and pluralIndex stays below its length.
  const chosen = (typeof arg === 'number' ? split[pluralIndex(arg, split.length)] : split[0]) ?? ''
  // Links first: a value typed by a user that happens to contain "@:" stays as typed.
  const form = link ? resolveLinks(chosen, link) : chosen
  return form.replace(/\{\s*(?:'([^']*)'|(\w+))\s*\}/g, (_, literal: string | undefined, name: string) =>
    literal !== undefined ? literal : String(named[name] ?? ''),
  )
}

/**
 * Stands in for a value that a component renders itself (a date, a marker): format the message
 * with it, and `MessageSlot.vue` puts the component where it stands, in either language's order.
 */
export const MESSAGE_SLOT = '\u2063'
