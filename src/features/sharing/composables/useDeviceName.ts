import { ref } from 'vue'
import { deviceName, setDeviceName } from '@/sync'

/**
 * The name this device shows to the other members of a shared team (the setting `sync.name`):
 * read once for a form field, saved when the form is sent.
 */
export function useDeviceName() {
  const name = ref('')
  let typed = false
  void deviceName().then(
    (stored) => {
      // The user may have started typing before the stored name arrived.
      if (!typed) name.value = stored
    },
    (err: unknown) => console.error(err),
  )
  return {
    name,
    input: () => (typed = true),
    save: (value: string) => setDeviceName(value.trim()),
  }
}
