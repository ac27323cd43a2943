import { ref } from 'vue'
import { useI18n } from '@/app/i18n'

/**
 * Adds a "copy link" button after every h2 and h3 with an id in rendered handbook text, and copies
 * the section's address when pressed. The button sits next to the heading, not inside it, so the
 * heading's accessible name stays the heading text.
 */
export function useHeadingAnchors() {
  const { t } = useI18n()
  const message = ref('')

  function enhance(root: HTMLElement) {
    for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
      if (heading.parentElement?.classList.contains('heading-anchor-wrap')) continue
      const wrap = document.createElement('div')
      wrap.className = `heading-anchor-wrap heading-anchor-wrap--${heading.tagName.toLowerCase()}`
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'heading-anchor'
      button.dataset.anchor = heading.id
      button.setAttribute('aria-label', t('reader.copyLink', { heading: heading.textContent ?? '' }))
      button.textContent = '#'
      heading.replaceWith(wrap)
      wrap.append(heading, button)
    }
  }

  async function copy(button: HTMLElement) {
    const id = button.dataset.anchor ?? ''
    const heading = document.getElementById(id)?.textContent ?? ''
    const url = `${location.origin}${location.pathname}#${encodeURIComponent(id)}`
    message.value = ''
    try {
      await navigator.clipboard.writeText(url)
      message.value = t('reader.linkCopied', { heading })
    } catch {
      message.value = t('reader.copyFailed', { url })
    }
  }

  return { enhance, copy, message }
}
