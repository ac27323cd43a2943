/** The result of the entry check as plain text, for the clipboard (an e-mail, minutes). Pure. */

export interface EntryCheckTextParts {
  /** "Einstiegscheck: Digitale Terminvergabe". */
  heading: string
  /** The recommended phase, or the sentence that there is none yet. */
  recommendation: string
  reasonsHeading: string
  reasons: readonly string[]
  /** The unanswered questions a recommendation still waits for (empty once there is one). */
  missing: readonly string[]
  /** Shown under the reasons, e.g. that the handbook may be more than the project needs. */
  notes: readonly string[]
  answersHeading: string
  answers: readonly { question: string; answer: string }[]
}

export function entryCheckText(parts: EntryCheckTextParts): string {
  const out = [parts.heading, '', parts.recommendation]
  out.push(...parts.missing.map((question) => `- ${question}`))
  if (parts.reasons.length) out.push('', `${parts.reasonsHeading}:`, ...parts.reasons.map((r) => `- ${r}`))
  for (const note of parts.notes) out.push('', note)
  out.push('', `${parts.answersHeading}:`)
  out.push(...parts.answers.map(({ question, answer }) => `- ${question} ${answer}`))
  return out.join('\n') + '\n'
}
