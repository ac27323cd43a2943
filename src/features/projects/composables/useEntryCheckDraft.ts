import { reactive, ref } from 'vue'
import type { EntryCheck } from '@/content/schema'
import { storedAnswers } from '@/lib/entry-check'
import type { Project } from '@/model'
import type { SaveState } from './useAutosave'
import { useProjectActions } from './useProjectActions'

/**
 * The answers of the entry check, each stored on the project the moment it is given. Starts from
 * the check under way, else from the last result (so redoing it starts from the earlier answers).
 */
export function useEntryCheckDraft(project: Project, check: Pick<EntryCheck, 'questions'>) {
  const actions = useProjectActions()
  const answers = reactive<Record<string, boolean | undefined>>({
    ...(project.entryCheckDraft ?? project.entryCheck)?.answers,
  })
  const state = ref<SaveState>('idle')
  // Writes run one after another, so the last answer given is the one that stays stored.
  let writing: Promise<void> = Promise.resolve()
  let latest = 0

  function answer(questionId: string, value: boolean): Promise<void> {
    answers[questionId] = value
    const own = ++latest
    const snapshot = storedAnswers(check, answers)
    state.value = 'saving'
    writing = writing
      .then(() => actions.saveEntryCheckDraft(project.id, snapshot))
      .then(
        () => void (own === latest && (state.value = 'saved')),
        () => void (state.value = 'failed'),
      )
    return writing
  }

  /** Resolves once every answer given so far is stored: the result must not race a draft write. */
  const settled = () => writing

  return { answers, state, answer, settled }
}
