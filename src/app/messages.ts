/**
 * A feature's UI texts in both languages. The English object must have exactly the keys of the
 * German one (checked by the type), so no text exists in one language only.
 */
export function defineMessages<T extends object>(de: T, en: T): { de: T; en: T } {
  return { de, en }
}
