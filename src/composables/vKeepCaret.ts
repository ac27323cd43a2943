import type { Directive } from 'vue'
import { mapCaret } from '@/lib/merge'

type TextField = HTMLInputElement | HTMLTextAreaElement

/** The text and selection of a focused field just before Vue patches its value. */
const before = new WeakMap<TextField, { value: string; start: number; end: number }>()

/**
 * `v-keep-caret` on a text field whose value may change while someone types in it (another
 * device's words arriving, a merged save): the caret and selection stay where the person was,
 * instead of jumping to the end as a value set by script makes them. Vue calls `beforeUpdate`
 * before it patches the element's props and `updated` after.
 */
export const vKeepCaret: Directive<TextField> = {
  beforeUpdate(el) {
    if (el !== document.activeElement || el.selectionStart === null || el.selectionEnd === null) return
    before.set(el, { value: el.value, start: el.selectionStart, end: el.selectionEnd })
  },
  updated(el) {
    const was = before.get(el)
    before.delete(el)
    if (!was || was.value === el.value || el !== document.activeElement) return
    el.setSelectionRange(mapCaret(was.value, el.value, was.start), mapCaret(was.value, el.value, was.end))
  },
}
