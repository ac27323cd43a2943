import { useDebounceFn } from '@vueuse/core'
import { onScopeDispose, reactive, ref, watch } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { sameValue } from '@/lib/merge'
import { editable, type Workshop, type WorkshopChanges } from '@/model'

/** The fields the planner edits. The live timer belongs to live mode (maybe open in another tab). */
export const PLANNER_FIELDS = [
  'title',
  'date',
  'startTime',
  'endTime',
  'place',
  'goal',
  'participants',
  'projectId',
  'items',
] as const
export type PlannerField = (typeof PLANNER_FIELDS)[number]

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

/**
 * One workshop as an editable draft that saves itself shortly after each change.
 *
 * Another tab (or live mode) may change the same workshop. A field of the draft follows the stored
 * value unless it is being edited: focused, or changed here and not stored yet. A save writes only
 * the fields changed here, checked against the value they were changed from (`base`); what both
 * tabs changed is merged, or kept in the draft and listed in `conflicts` for the user to decide.
 */
export function useWorkshop(id: string) {
  const { data, ready, error } = useLiveQuery(id, (key, repos) => repos.workshops.get(key), undefined)
  const draft = ref<Workshop | null>(null)
  const saved = ref(false)
  const conflicts = reactive<Partial<Record<PlannerField, { theirs: unknown }>>>({})
  /** The stored values the draft is based on: what this tab last took from storage. */
  let base: WorkshopChanges = {}
  let focused: PlannerField | null = null

  const changed = (field: PlannerField) => !!draft.value && !sameValue(draft.value[field], base[field])

  function follow(field: PlannerField) {
    const stored = data.value
    if (!stored || !draft.value) return
    const conflict = conflicts[field]
    if (conflict) conflict.theirs = copy(stored[field])
    // A field left focused in a tab in the background is not being edited: it follows too.
    else if (!changed(field) && (focused !== field || !document.hasFocus())) {
      Object.assign(draft.value, { [field]: copy(stored[field]) })
      Object.assign(base, { [field]: copy(stored[field]) })
    }
  }

  watch(data, (stored) => {
    if (stored && !draft.value) {
      draft.value = copy(stored)
      base = copy(editable(stored))
    } else PLANNER_FIELDS.forEach(follow)
  })

  async function save() {
    if (!draft.value) return
    const fields = PLANNER_FIELDS.filter((f) => changed(f) && !conflicts[f])
    if (!fields.length) return
    const sent = copy(Object.fromEntries(fields.map((f) => [f, draft.value![f]]))) as WorkshopChanges
    const sentBase = Object.fromEntries(fields.map((f) => [f, base[f]])) as WorkshopChanges
    const result = await (await loadRepositories()).workshops.saveDraft(id, sentBase, sent)
    for (const field of fields) {
      if (field in result.conflicts) conflicts[field] = { theirs: result.conflicts[field] }
      else if (field in result.stored) {
        const value = result.stored[field]
        // Edited again during the write: that text grew from what was sent, not from the merge.
        const untouched = sameValue(draft.value?.[field], sent[field])
        Object.assign(base, { [field]: copy(untouched ? value : sent[field]) })
        if (untouched && draft.value) Object.assign(draft.value, { [field]: copy(value) })
      }
    }
    saved.value = !Object.keys(conflicts).length
  }

  const saveSoon = useDebounceFn(save, 400)
  watch(
    draft,
    (value, old) => {
      if (!value || !old || !PLANNER_FIELDS.some(changed)) return
      saved.value = false
      void saveSoon()
    },
    { deep: true },
  )

  /** The user's answer to a conflict: the other tab's version, or their own written over it. */
  function decide(field: PlannerField, choice: 'theirs' | 'mine') {
    const conflict = conflicts[field]
    if (!conflict || !draft.value) return
    delete conflicts[field]
    Object.assign(base, { [field]: copy(conflict.theirs) })
    if (choice === 'theirs') Object.assign(draft.value, { [field]: copy(conflict.theirs) })
    else void save()
  }

  /** Focus entered or left a field of the planner. */
  function editing(field: PlannerField | null) {
    const left = focused
    focused = field
    if (left && left !== field) follow(left)
  }

  // Leaving the page within the debounce time must not lose the last keystrokes.
  onScopeDispose(() => void save())

  return { stored: data, draft, ready, error, saved, save, conflicts, decide, editing }
}
