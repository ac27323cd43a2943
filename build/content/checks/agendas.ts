/**
 * Agenda templates become workshops in one action, so what they promise must hold: the items add up
 * to the stated length, every method and format they name exists, and one format has one template
 * (a step's "plan a workshop" picks it by its format).
 */
import type { AgendaTemplate } from '../../../src/content/schema.ts'
import type { CheckedDoc } from '../check.ts'

type Fail = (doc: CheckedDoc, field: string, message: string) => void

export interface AgendaInput {
  /** The templates of the leading language: it holds the data, every other language must match it. */
  agendas: readonly CheckedDoc[]
  /** Whether a method or format exists (a broken file counts: its own error says what to fix). */
  has: (kind: 'methods' | 'formats', id: string) => boolean
}

export function checkAgendas(input: AgendaInput, fail: Fail): void {
  const formatOwner = new Map<string, string>()
  for (const doc of input.agendas) {
    const data = doc.data as Pick<AgendaTemplate, 'format' | 'minutes' | 'items'>
    if (data.format) {
      if (!input.has('formats', data.format))
        fail(doc, 'format', `the format "${data.format}" does not exist`)
      const other = formatOwner.get(data.format)
      if (other) fail(doc, 'format', `the format "${data.format}" already has a template: ${other}`)
      else formatOwner.set(data.format, doc.file)
    }
    data.items.forEach((item, i) => {
      if (item.method && !input.has('methods', item.method))
        fail(doc, `items[${i + 1}].method`, `the method "${item.method}" does not exist`)
      if (item.method && item.kind)
        fail(doc, `items[${i + 1}].kind`, 'an item is either a method or one of the own kinds, not both')
    })
    const total = data.items.reduce((sum, item) => sum + item.minutes, 0)
    if (total !== data.minutes)
      fail(
        doc,
        'items',
        `the item minutes add up to ${total}, but the template says minutes: ${data.minutes}`,
      )
  }
}
