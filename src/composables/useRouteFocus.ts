import { nextTick, ref, type Ref } from 'vue'
import type { Router } from 'vue-router'

const WAIT_MS = 5000

/** The main h1, or the first one rendered after it: many views load their data before showing it. */
function mainHeading(): Promise<HTMLElement | null> {
  const main = document.getElementById('main')
  const find = () => main?.querySelector<HTMLElement>('h1') ?? null
  if (!main || find()) return Promise.resolve(find())
  return new Promise((resolve) => {
    const done = (heading: HTMLElement | null) => {
      observer.disconnect()
      clearTimeout(timer)
      resolve(heading)
    }
    const observer = new MutationObserver(() => {
      const heading = find()
      if (heading) done(heading)
    })
    const timer = setTimeout(() => done(null), WAIT_MS)
    observer.observe(main, { childList: true, subtree: true })
  })
}

/**
 * After a route change, moves focus to the new main heading and announces the page title, as a
 * screen reader user would otherwise not notice that the page changed. The first load is left
 * alone, and so is focus that the user has already moved on while the page was loading.
 */
export function useRouteFocus(router: Router): Ref<string> {
  const announcement = ref('')
  router.afterEach(async (to, from) => {
    if (!from.matched.length || to.path === from.path) return
    await nextTick()
    const before = document.activeElement
    const heading = await mainHeading()
    if (router.currentRoute.value.path !== to.path) return
    const active = document.activeElement
    const untouched = active === before || !active || active === document.body || active.id === 'main'
    if (heading && untouched) {
      heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: !!to.hash })
    }
    announcement.value = document.title
  })
  return announcement
}
