/** The project description as Markdown (export) and as plain text (copy). Pure. */
import { answerLines, isListAnswer, type AnswerWords, type DescriptionSection } from './description'

export interface DescriptionMeta {
  /** Document title, e.g. "Maßnahmenbeschreibung". */
  heading: string
  project: string
  summary: string
  /** Already formatted lines under the title, e.g. "Team: Wärmeschutz", "Stand: 27.11.2026". */
  facts: string[]
  /** Shown in place of an empty section. */
  emptySection: string
  /** Prefix for an open question, e.g. "Offene Frage". */
  openQuestion: string
}

/** Characters that would start Markdown syntax at the beginning of a line or inline. */
const escapeMarkdown = (text: string): string =>
  text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3')

export function descriptionToMarkdown(
  sections: readonly DescriptionSection[],
  meta: DescriptionMeta,
  words: AnswerWords,
): string {
  const out: string[] = [`# ${escapeMarkdown(meta.heading)}: ${escapeMarkdown(meta.project)}`, '']
  if (meta.summary.trim()) out.push(escapeMarkdown(meta.summary.trim()), '')
  for (const fact of meta.facts) out.push(`- ${escapeMarkdown(fact)}`)
  if (meta.facts.length) out.push('')
  for (const section of sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, '')
    if (!section.entries.length) {
      out.push(`_${escapeMarkdown(meta.emptySection)}_`, '')
      for (const { question } of section.open)
        out.push(`- ${escapeMarkdown(meta.openQuestion)}: ${escapeMarkdown(question.label)}`)
      if (section.open.length) out.push('')
      continue
    }
    for (const { question, value } of section.entries) {
      out.push(`### ${escapeMarkdown(question.label)}`, '')
      const lines = answerLines(question, value, words).map(escapeMarkdown)
      if (isListAnswer(question)) out.push(...lines.map((line) => `- ${line}`))
      else out.push(...lines)
      out.push('')
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  )
}

export function descriptionToText(
  sections: readonly DescriptionSection[],
  meta: DescriptionMeta,
  words: AnswerWords,
): string {
  const out: string[] = [`${meta.heading}: ${meta.project}`, '']
  if (meta.summary.trim()) out.push(meta.summary.trim(), '')
  if (meta.facts.length) out.push(...meta.facts, '')
  for (const section of sections) {
    out.push(section.title.toUpperCase(), '')
    if (!section.entries.length) {
      out.push(meta.emptySection, '')
      continue
    }
    for (const { question, value } of section.entries) {
      out.push(question.label)
      const lines = answerLines(question, value, words)
      out.push(...(isListAnswer(question) ? lines.map((line) => `• ${line}`) : lines), '')
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  )
}
