import { shallowRef } from 'vue'

const message = shallowRef('')

/** One polite message for the library's actions (starred, added to a collection …). */
export function useAnnouncer() {
  return {
    message,
    announce: (text: string) => {
      // Clearing first makes screen readers repeat an identical message.
      message.value = ''
      setTimeout(() => (message.value = text), 50)
    },
  }
}
