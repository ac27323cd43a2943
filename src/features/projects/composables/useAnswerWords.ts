import { useI18n } from '@/app/i18n'
import type { ProjectHandbook } from '@/features/projects/handbook'
import type { AnswerWords } from '@/lib/description'
import type { Ref } from 'vue'

/** The words that turn stored answers into readable text, in the current language. */
export function useAnswerWords(handbook: Ref<ProjectHandbook | null>): AnswerWords {
  const { t } = useI18n()
  return {
    field: (type, key) => t(`projects.questions.fields.${type}.${key}`),
    level: (value) => t(`projects.questions.levels.${value}`),
    valueTitle: (id) => handbook.value?.values.find((v) => v.id === id)?.title ?? id,
    rating: (rating) =>
      rating === null
        ? t('projects.questions.compass.notRated')
        : t('projects.questions.compass.rated', { n: rating }),
  }
}
