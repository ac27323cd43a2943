import { ref, watch, type Ref } from 'vue'
import { useI18n } from '@/app/i18n'
import type { PrefillSource } from '@/content/codes'
import type { Question } from '@/content/schema'
import { loadRepositories } from '@/db/live'
import type { Project } from '@/model'

/** The fact of the project a `prefill` names, as text (empty when the project has none). */
function factOf(project: Project, source: PrefillSource): string {
  const value = source === 'project-title' ? project.title : project.description
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * Questions that start as a fact of the project (`prefill` in the content): once the step's answers
 * are loaded, each such question without any stored answer gets the fact stored as its answer. It is
 * stored rather than only shown, so what the field shows is what the description, the export and
 * the check of required questions see; the repository writes it only where nothing is stored, so a
 * field the team emptied stays empty, and the project does not count as edited. `noteFor` says where
 * the answer came from while it is still that fact.
 *
 * `ready` turns true once every prefill is stored and handed to `stored` (the autosave's base): the
 * step shows its fields only then, so no keystroke can fall between the fact and the field.
 */
export function usePrefill(
  project: () => Project,
  questions: readonly Question[],
  answers: Record<string, unknown>,
  loaded: Ref<boolean>,
  stored: (questionId: string, value: unknown) => void,
) {
  const { t } = useI18n()
  const ready = ref(false)
  watch(
    loaded,
    async (isLoaded) => {
      if (!isLoaded || ready.value) return
      const wanted = questions.filter((q) => q.prefill && answers[q.id] === undefined)
      try {
        const repos = wanted.length ? await loadRepositories() : undefined
        for (const q of wanted) {
          const fact = factOf(project(), q.prefill!)
          if (fact && (await repos!.answers.prefill(project().id, q.id, fact))) stored(q.id, fact)
        }
      } catch {
        // Storage failed: the autosave shows that already, and the field simply starts empty.
      } finally {
        ready.value = true
      }
    },
    { immediate: true },
  )

  return {
    ready,
    noteFor(question: Question): string | undefined {
      if (!question.prefill) return undefined
      const fact = factOf(project(), question.prefill)
      return fact && answers[question.id] === fact
        ? t(`projects.prefill.from.${question.prefill}`)
        : undefined
    },
  }
}
