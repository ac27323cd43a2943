import { METHOD_SECTION_KEYS, METHOD_SECTIONS, type Lang, type Site } from '../../src/content/schema.ts'

/**
 * The ## headings a method card of `lang` must have, in order: the ones the site file of that
 * language names (`methodSections`), else the app's defaults.
 */
export function methodSections(site: Pick<Site, 'methodSections'> | null | undefined, lang: Lang) {
  const named = site?.methodSections
  return named ? METHOD_SECTION_KEYS.map((key) => named[key]) : METHOD_SECTIONS[lang]
}

/** The heading of the notes for the administration, the section the notes check reads. */
export const notesHeading = (sections: readonly string[]) => sections[METHOD_SECTION_KEYS.indexOf('notes')]!
