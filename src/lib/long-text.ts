/**
 * Long stored texts shown in parts. A description or logbook entry may be megabytes long (an old
 * export, a pasted file); views show an excerpt and render the rest only when asked. Pure.
 */

/** Characters shown before "show all": about a page of text. */
export const EXCERPT_LENGTH = 2000

/** Items of a long list shown at first and added per "show more". */
export const LIST_PAGE = 50

/**
 * Where to cut a long text: at the last space or line break before `limit` (so no word is cut in
 * half), or at `limit` for text without any. Returns the text's length when it is short enough.
 */
export function excerptEnd(text: string, limit = EXCERPT_LENGTH): number {
  if (text.length <= limit) return text.length
  const space = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\n', limit))
  // A surrogate pair must not be split, or the excerpt ends in a broken character.
  const cut = space > limit / 2 ? space : limit
  const code = text.charCodeAt(cut - 1)
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut
}

/** The start of a text, cut as `excerptEnd` cuts it (for labels that repeat a text). */
export const excerpt = (text: string, limit = EXCERPT_LENGTH): string =>
  text.slice(0, excerptEnd(text, limit))
