import { useDebounceFn } from '@vueuse/core'
import { onScopeDispose, ref, watch } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { editable, type Workshop } from '@/model'

/**
 * One workshop as an editable draft that saves itself shortly after each change. The draft is
 * taken from storage once, so typing is never overwritten by the echo of its own save.
 */
export function useWorkshop(id: string) {
  const { data, ready, error } = useLiveQuery(id, (key, repos) => repos.workshops.get(key), undefined)
  const draft = ref<Workshop | null>(null)
  const saved = ref(false)
  let dirty = false

  watch(data, (stored) => {
    if (stored && !draft.value) draft.value = stored
  })

  async function save() {
    dirty = false
    if (!draft.value) return
    const changes = editable(draft.value)
    // The live timer belongs to live mode (maybe open in another tab); the planner never writes it.
    delete changes.timer
    await (await loadRepositories()).workshops.update(id, changes)
    saved.value = true
  }

  // After an explicit save the debounced one still runs; it writes nothing new unless edited since.
  const saveSoon = useDebounceFn(() => dirty && save(), 400)
  watch(
    draft,
    (value, old) => {
      if (!value || !old) return
      saved.value = false
      dirty = true
      void saveSoon()
    },
    { deep: true },
  )

  // Leaving the page within the debounce time must not lose the last keystrokes.
  onScopeDispose(() => {
    if (draft.value && dirty) void save()
  })

  return { stored: data, draft, ready, error, saved, save }
}
