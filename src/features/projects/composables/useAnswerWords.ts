import { useI18n } from '@/app/i18n'
import type { ProjectHandbook } from '@/features/projects/handbook'
import { isRecordOption, type RecordFieldPath, type RecordType } from '@/lib/answers'
import type { AnswerWords } from '@/lib/description'
import type { Ref } from 'vue'

/**
 * The key of a table column's label. `type` and `key` always come from RECORD_FIELDS together, which
 * RecordFieldPath lists; the cast states that pairing, and `t` then checks every path has a text.
 */
export const fieldLabelKey = (type: RecordType, key: string) =>
  `projects.questions.fields.${type}.${key}` as `projects.questions.fields.${RecordFieldPath}`

/** The words that turn stored answers into readable text, in the current language. */
export function useAnswerWords(handbook: Ref<ProjectHandbook | null>): AnswerWords {
  const { t } = useI18n()
  return {
    field: (type, key) => t(fieldLabelKey(type, key)),
    // Stored answers may hold a value no longer offered: it is shown as it was stored.
    level: (value) => (isRecordOption(value) ? t(`projects.questions.levels.${value}`) : value),
    valueTitle: (id) => handbook.value?.values.find((v) => v.id === id)?.title ?? id,
    rating: (rating) =>
      rating === null
        ? t('projects.questions.compass.notRated')
        : t('projects.questions.compass.rated', { n: rating }),
    compassColumns: {
      value: t('projects.compass.value'),
      rating: t('projects.compass.rating'),
      justification: t('projects.compass.justification'),
    },
  }
}
