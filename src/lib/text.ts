/** Text helpers shared by the build (anchors) and the app (search). Pure: no Vue, no DOM. */

const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/**
 * Lower-cases and folds German special letters the way people type them without a German keyboard,
 * so "Maßnahme", "Massnahme" and "massnahme" compare equal, and "Bürger" matches "Buerger".
 */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => GERMAN_FOLDS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
}

/** A URL fragment for a heading: "Worum es geht?" → "worum-es-geht". */
export function slugify(text: string): string {
  return foldGerman(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
