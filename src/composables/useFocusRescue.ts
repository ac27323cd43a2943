import { onBeforeUnmount, onMounted } from 'vue'

/** What can take focus, as a keyboard user reaches it. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
/** Containers whose heading names what the lost element belonged to. */
const CONTAINER = 'section, article, form, fieldset, [role="region"], [role="group"], dialog'

/** Where focus was: the element, its ancestors then, and its place in a list if it was in one. */
export interface Spot {
  element: HTMLElement
  ancestors: Element[]
  item: { list: Element; index: number } | null
  address: string
}

export function spotOf(element: HTMLElement): Spot {
  const ancestors: Element[] = []
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    ancestors.push(node)
  }
  const li = element.closest('li')
  const list = li?.parentElement
  const item = li && list ? { list, index: [...list.children].indexOf(li) } : null
  return { element, ancestors, item, address: location.href }
}

function firstFocusable(root: Element): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => el.getClientRects().length) ?? null
}

/** The heading that names a container: the one it is labelled by, else its first. */
function headingOf(container: Element): HTMLElement | null {
  const labelledBy = container.getAttribute('aria-labelledby')?.split(/\s+/)[0]
  const label = labelledBy ? document.getElementById(labelledBy) : null
  if (label && /^H[1-6]$/.test(label.tagName)) return label
  return container.querySelector<HTMLElement>('h1, h2, h3, h4, legend')
}

/**
 * Where focus should go once `lost` has left the page: the item that took its place in its list
 * (or the one before it, if it was the last), else the heading of the nearest section that is still
 * there. Nothing if the whole view went (a page change: the router's focus handling takes over).
 */
function rescueTarget(lost: Spot): HTMLElement | null {
  if (lost.item?.list.isConnected) {
    const items = [...lost.item.list.children]
    const next = items[lost.item.index] ?? items[lost.item.index - 1]
    const target = next && firstFocusable(next)
    if (target) return target
  }
  const main = document.getElementById('main')
  for (const ancestor of lost.ancestors) {
    if (ancestor === main) return null
    if (!ancestor.isConnected || !ancestor.matches(CONTAINER)) continue
    const target = headingOf(ancestor) ?? firstFocusable(ancestor)
    if (target) return target
  }
  return null
}

/**
 * Puts focus next to where `lost` was, unless something else took focus meanwhile or the page
 * changed. It waits a moment, so that a component's own focus move always wins.
 */
export function focusNear(lost: Spot) {
  setTimeout(() => {
    const active = document.activeElement
    if ((active && active !== document.body) || !document.hasFocus()) return
    if (location.href !== lost.address) return
    const target = rescueTarget(lost)
    if (!target) return
    if (!target.matches(FOCUSABLE)) target.setAttribute('tabindex', '-1')
    target.focus()
  })
}

/**
 * When the focused element leaves the page – deleted, or replaced by another control – the browser
 * puts focus on <body>, and a keyboard or screen reader user is thrown back to the top of the page
 * (WCAG 2.4.3). Components that know better move focus themselves; this catches every other case.
 */
export function useFocusRescue() {
  let spot: Spot | null = null
  const remember = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) spot = spotOf(event.target)
  }
  const observer = new MutationObserver(() => {
    if (!spot || spot.element.isConnected) return
    focusNear(spot)
    spot = null
  })

  onMounted(() => {
    document.addEventListener('focusin', remember)
    observer.observe(document.body, { childList: true, subtree: true })
  })
  onBeforeUnmount(() => {
    document.removeEventListener('focusin', remember)
    observer.disconnect()
  })
}
