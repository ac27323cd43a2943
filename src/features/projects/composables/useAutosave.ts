import { useDebounceFn, useEventListener } from '@vueuse/core'
import { onBeforeUnmount, reactive, ref, shallowRef, watch } from 'vue'
import { answerJournal } from '@/db/journal'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { SaveResult } from '@/db/repositories/answers'
import { sameValue } from '@/lib/merge'

/** At the latest this long after the last keystroke, the answers are in IndexedDB. */
export const SAVE_DELAY_MS = 300

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'

export interface AutosaveOptions {
  /** The questions this page shows; only their answers are loaded. All of the project's if left out. */
  questionIds?: readonly string[]
  /** Runs after each successful write (the step then counts as in progress). */
  onStored?: (questionIds: string[]) => void
}

/**
 * The answers of a project, saved without a save button: each change goes synchronously into the
 * crash journal, then into IndexedDB shortly after typing pauses, and at once when the page is hidden
 * or closed.
 *
 * Another tab or device may edit the same answers. What it stores arrives through a live query and
 * replaces a shown answer unless this tab is editing it: a change not yet stored, or focus in a field
 * whose answer is not a text (a focused text field follows, its caret kept by `v-keep-caret`). Each
 * write names the stored value it was typed over (`base`); if another tab stored something else
 * meanwhile, the repository merges both or refuses, and the answer is listed in `conflicts` until
 * the user takes the other version or keeps their own.
 */
export function useAutosave(projectId: string, { questionIds, onStored }: AutosaveOptions = {}) {
  const answers = reactive<Record<string, unknown>>({})
  const conflicts = reactive<Record<string, { theirs: unknown }>>({})
  const state = ref<SaveState>('idle')
  const pending = new Map<string, unknown>()
  /** Answers changed here and not stored yet: pending or in a write under way. */
  const unsaved = new Set<string>()
  /** The stored value each answer shown here is based on: what this tab last took from storage. */
  const base = new Map<string, unknown>()
  let focused: string | null = null
  let writing: Promise<void> = Promise.resolve()
  // A flush that comes first (page hidden, unmount) leaves the debounced one nothing to write.
  const flushSoon = useDebounceFn(flush, SAVE_DELAY_MS)

  // Replay the crash journal before the first read, so the answers shown include what it held.
  const source = shallowRef<string | null>(null)
  const live = useLiveQuery(
    source,
    (id, repos) =>
      questionIds ? repos.answers.mapByQuestions(id, questionIds) : repos.answers.mapByProject(id),
    {} as Record<string, unknown>,
  )
  const loaded = ref(false)
  void loadRepositories()
    .then((repos) => repos.answers.replayJournal(projectId))
    .then((left) => left.filter((e) => !questionIds || questionIds.includes(e.questionId)).forEach(adopt))
    .catch(() => (state.value = 'failed'))
    .finally(() => (source.value = projectId))
  watch(live.ready, (ready) => (loaded.value ||= ready))
  watch(live.error, (error) => error && (state.value = 'failed'))
  watch(live.data, (stored) => {
    for (const questionId of new Set([...Object.keys(stored), ...base.keys()])) follow(questionId)
  })

  /** A journal entry from a reload or crash that conflicts with a newer stored value. */
  function adopt(entry: { questionId: string; value: unknown; base?: { value?: unknown } }) {
    answers[entry.questionId] = entry.value
    base.set(entry.questionId, entry.base?.value)
    conflicts[entry.questionId] = { theirs: undefined }
  }

  /** Shows the stored value of an answer, unless this tab is editing it. */
  function follow(questionId: string) {
    const stored = live.data.value[questionId]
    const conflict = conflicts[questionId]
    if (conflict) {
      conflict.theirs = stored
      // The other tab came round to this tab's text: nothing left to decide.
      if (sameValue(stored, answers[questionId])) resolve(questionId, stored)
      return
    }
    if (unsaved.has(questionId)) return
    // A focused text shows the other words as they come, so two people see each other typing; a
    // focused list or choice keeps what it shows until left. A field left focused in a tab in the
    // background is not being edited: it follows too.
    const shown = answers[questionId]
    const text = typeof stored === 'string' && (shown === undefined || typeof shown === 'string')
    if (focused === questionId && document.hasFocus() && !text) return
    base.set(questionId, stored)
    if (stored === undefined) delete answers[questionId]
    else answers[questionId] = stored
  }

  function update(questionId: string, value: unknown) {
    // Plain JSON: reactive proxies cannot be stored, and the journal needs text anyway.
    const plain: unknown = JSON.parse(JSON.stringify(value ?? null))
    answers[questionId] = plain
    pending.set(questionId, plain)
    unsaved.add(questionId)
    answerJournal.record({ projectId, questionId, value: plain, base: { value: base.get(questionId) } })
    state.value = 'saving'
    void flushSoon()
  }

  function settle(questionId: string, value: unknown, result: SaveResult) {
    const typedSince = pending.has(questionId)
    if (!typedSince) unsaved.delete(questionId)
    // The text stays in the field and in the journal until the user decides.
    if (result.status === 'conflict') return void (conflicts[questionId] = { theirs: result.theirs })
    answerJournal.settle({ projectId, questionId, value })
    // Typing went on during the write: the field's text grew from `value`, not from a merge of it.
    base.set(questionId, typedSince ? value : result.value)
    if (!typedSince) answers[questionId] = result.value
  }

  function flush(): Promise<void> {
    if (!pending.size) return writing
    const batch = [...pending]
    pending.clear()
    writing = writing.then(async () => {
      try {
        const repos = await loadRepositories()
        const stored: string[] = []
        for (const [questionId, value] of batch) {
          const result = await repos.answers.save(projectId, questionId, base.get(questionId), value)
          settle(questionId, value, result)
          if (result.status !== 'conflict') stored.push(questionId)
        }
        if (!pending.size) state.value = Object.keys(conflicts).length ? 'conflict' : 'saved'
        if (stored.length) onStored?.(stored)
      } catch {
        state.value = 'failed'
      }
    })
    return writing
  }

  /** Ends a conflict with `value` as both the shown and the stored answer. */
  function resolve(questionId: string, value: unknown) {
    answerJournal.settle({ projectId, questionId, value: answers[questionId] })
    pending.delete(questionId)
    unsaved.delete(questionId)
    delete conflicts[questionId]
    base.set(questionId, value)
    answers[questionId] = value
    if (state.value === 'conflict' && !Object.keys(conflicts).length) state.value = 'saved'
  }

  /** The user's answer to a conflict: the other tab's version, or their own written over it. */
  function decide(questionId: string, choice: 'theirs' | 'mine') {
    const conflict = conflicts[questionId]
    if (!conflict) return
    if (choice === 'theirs') return resolve(questionId, conflict.theirs)
    delete conflicts[questionId]
    // Written over the version the user saw in the notice; a still newer one asks again.
    base.set(questionId, conflict.theirs)
    update(questionId, answers[questionId])
  }

  /**
   * A value this page itself just stored (a prefilled fact): shown and taken as the base at once, so
   * typing that starts before the live query brings it back writes over it instead of meeting it
   * as another tab's edit.
   */
  function stored(questionId: string, value: unknown) {
    if (unsaved.has(questionId)) return
    base.set(questionId, value)
    answers[questionId] = value
  }

  /** Focus entered (`true`) or left a question's field: a focused field keeps its text. */
  function editing(questionId: string, on: boolean) {
    if (on) focused = questionId
    else if (focused === questionId) focused = null
    if (!on) follow(questionId)
  }

  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush()
  }
  const onPageHide = () => void flush()

  useEventListener(document, 'visibilitychange', onHidden)
  useEventListener(window, 'pagehide', onPageHide)
  onBeforeUnmount(() => void flush())

  return { answers, conflicts, loaded, state, update, flush, decide, editing, stored }
}
