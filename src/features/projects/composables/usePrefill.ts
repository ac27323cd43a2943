import { watch, type Ref } from 'vue'
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
 */
export function usePrefill(
  project: () => Project,
  questions: readonly Question[],
  answers: Record<string, unknown>,
  loaded: Ref<boolean>,
) {
  const { t } = useI18n()
  watch(
    loaded,
    async (ready) => {
      const wanted = questions.filter((q) => q.prefill && answers[q.id] === undefined)
      if (!ready || !wanted.length) return
      try {
        const repos = await loadRepositories()
        for (const q of wanted) {
          // The team may have typed while storage loaded: their text wins, and a stored fact would
          // meet their pending autosave as an edit conflict.
          if (answers[q.id] !== undefined) continue
          const fact = factOf(project(), q.prefill!)
          if (fact) await repos.answers.prefill(project().id, q.id, fact)
        }
      } catch {
        // Storage failed: the autosave shows that already, and the field simply starts empty.
      }
    },
    { immediate: true },
  )

  return {
    noteFor(question: Question): string | undefined {
      if (!question.prefill) return undefined
      const fact = factOf(project(), question.prefill)
      return fact && answers[question.id] === fact
        ? t(`projects.prefill.from.${question.prefill}`)
        : undefined
    },
  }
}
