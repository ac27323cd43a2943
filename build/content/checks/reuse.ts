/**
 * Checks of the two keys that carry answers forward: `prefill` (a text question starts as a fact of
 * the project) and `reuse` (a question offers the answers of earlier questions that asked for the
 * same thing). Both are data, checked in the leading language; the translation comparison holds the
 * other languages to the same.
 */
import { PREFILL_TYPES, REUSE_SOURCES, type QuestionType } from '../../../src/content/codes.ts'
import type { CheckedDoc } from '../check.ts'

interface Question {
  id: string
  type: QuestionType
  prefill?: string
  reuse?: string[]
}

type Fail = (doc: CheckedDoc, field: string, message: string) => void

/** Where a question is asked: its step file, its place in the wizard and its position in the file. */
interface Asked {
  doc: CheckedDoc
  question: Question
  /** Phase, order of the step, index of the question: compared as a tuple, this is wizard order. */
  place: [number, number, number]
}

const before = (a: Asked['place'], b: Asked['place']) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/**
 * `stepsBroken`: a step file failed its schema, so a question it asks is not known here; its own
 * error says what to fix, and a reference to it is not reported again.
 */
export function checkReuse(steps: readonly CheckedDoc[], fail: Fail, stepsBroken = false): void {
  const asked = new Map<string, Asked>()
  for (const doc of steps) {
    const questions: Question[] = doc.data.questions
    questions.forEach((question, i) =>
      asked.set(question.id, { doc, question, place: [doc.data.phase, doc.data.order, i] }),
    )
  }

  for (const doc of steps) {
    const questions: Question[] = doc.data.questions
    questions.forEach((q, i) => {
      const field = `questions[${i + 1}]`
      if (q.prefill && !PREFILL_TYPES.includes(q.type))
        fail(
          doc,
          `${field}.prefill`,
          `only a text question (${PREFILL_TYPES.join(', ')}) can start with a fact of the project; "${q.id}" is a ${q.type} question`,
        )
      const here = asked.get(q.id)
      const takes = REUSE_SOURCES[q.type]
      q.reuse?.forEach((sourceId, j) => {
        const at = `${field}.reuse[${j + 1}]`
        const source = asked.get(sourceId)
        if (sourceId === q.id) return fail(doc, at, 'a question cannot offer its own answer again')
        if (!source)
          return stepsBroken
            ? undefined
            : fail(doc, at, `the question "${sourceId}" does not exist in any step`)
        if (!takes.length)
          return fail(doc, at, `a ${q.type} question cannot take over answers of other questions`)
        if (!takes.includes(source.question.type))
          return fail(
            doc,
            at,
            `a ${q.type} question cannot take over the answer of the ${source.question.type} question "${sourceId}"; it takes: ${takes.join(', ')}`,
          )
        if (here && before(source.place, here.place) > 0)
          fail(
            doc,
            at,
            `"${sourceId}" is asked later in the wizard (${source.doc.file}); only answers of earlier questions can be offered again`,
          )
      })
      const seen = new Set<string>()
      q.reuse?.forEach((sourceId, j) => {
        if (seen.has(sourceId)) fail(doc, `${field}.reuse[${j + 1}]`, `"${sourceId}" is named twice`)
        seen.add(sourceId)
      })
    })
  }
}
