/**
 * Checks of the questions a team answers (wizard steps and the entry check): every question, in every
 * language, explains why it is asked and shows an example answer; every phase gate offers stopping the
 * measure. What a gate decides is data: it is checked in the leading language, and the translation
 * comparison (checks/translations.ts) holds the other languages to the same.
 */
import type { Lang } from '../../../src/content/schema.ts'
import type { CheckedDoc } from '../check.ts'
import type { ContentError } from '../errors.ts'

interface Option {
  value: string
  decision?: string
}
interface Question {
  id: string
  type: string
  help?: string
  example?: string
  options?: Option[]
  skipCriteria?: boolean
}

export function checkQuestions(docs: readonly CheckedDoc[], leading: Lang): ContentError[] {
  const errors: ContentError[] = []
  const fail = (doc: CheckedDoc, field: string, message: string) =>
    errors.push({ file: doc.file, field, message })

  const asked = docs.filter(
    (d) => d.kind === 'steps' || (d.kind === 'wizard' && d.data.role === 'entry-check'),
  )
  for (const doc of asked) {
    const questions: Question[] = doc.data.questions
    questions.forEach((q, i) => {
      const field = `questions[${i + 1}]`
      if (!q.help)
        fail(
          doc,
          `${field}.help`,
          `the question "${q.id}" needs a help text: say in a sentence why the team is asked this`,
        )
      if (!q.example)
        fail(
          doc,
          `${field}.example`,
          `the question "${q.id}" needs an example answer, written as a team using this handbook would answer`,
        )
    })
  }

  for (const doc of docs.filter((d) => d.lang === leading && d.kind === 'steps')) {
    const questions: Question[] = doc.data.questions
    const closing: boolean = doc.data.closing
    questions.forEach((q, i) => {
      const field = `questions[${i + 1}]`
      q.options?.forEach((o, j) => {
        if (o.decision && !(closing && q.type === 'single-choice'))
          fail(
            doc,
            `${field}.options[${j + 1}].decision`,
            'only an option of a single-choice closing question can stop or pause the measure',
          )
      })
      if (q.skipCriteria && !(closing && q.type === 'checklist'))
        fail(
          doc,
          `${field}.skipCriteria`,
          'only a checklist among the closing questions can hold the criteria for skipping a phase',
        )
    })
    const stops = questions.some((q) => q.options?.some((o) => o.decision === 'stop'))
    if (closing && !stops)
      fail(
        doc,
        'questions',
        'the closing questions must offer stopping the measure: give one option "decision: stop"',
      )
  }

  return errors
}
