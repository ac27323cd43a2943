/** Input types that take no text: keys pressed on them are not typing. */
const NOT_TEXT = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
])

/**
 * Whether keys pressed on `target` go into a text the user is writing (a text field, a text area,
 * a select's type-ahead or editable content). Shortcuts stay out of the way there, and an app update
 * waits rather than reloading under someone's fingers.
 */
export function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type)
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
}
