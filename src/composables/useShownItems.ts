import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { LIST_PAGE } from '@/lib/long-text'

/**
 * How many items of a long list are rendered: the first page, and a page more per "show more".
 * A stored list may hold 100,000 items; rendering them all at once froze the page for seconds.
 */
export function useShownItems(total: MaybeRefOrGetter<number>, page = LIST_PAGE) {
  const limit = ref(page)
  const shown = computed(() => Math.min(limit.value, toValue(total)))
  const remaining = computed(() => toValue(total) - shown.value)
  const more = () => (limit.value = shown.value + page)
  /** Keeps `count` items in view, e.g. after adding one below the last shown. */
  const reveal = (count: number) => (limit.value = Math.max(limit.value, count))
  return { shown, remaining, more, reveal, page }
}
