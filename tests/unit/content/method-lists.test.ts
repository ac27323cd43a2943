import { describe, expect, it } from 'vitest'
import { ISSUE_19_CARDS, loadRealHandbook } from './fixture'

const real = loadRealHandbook()
const { de } = real.handbooks
const cards = new Map(de.methods.map((m) => [m.id, m]))

describe('wording and method lists of the real handbook', () => {
  it('uses the wording of the term list everywhere', () => {
    expect(
      real.warnings.filter((w) => w.message.includes('the term list')).map((w) => `${w.file}: ${w.message}`),
    ).toEqual([])
  })

  it('lists for each phase only methods whose card names that phase', () => {
    const misfits = de.phases.flatMap((p) =>
      p.methods.filter((m) => !cards.get(m)?.phases.includes(p.number)).map((m) => `${p.id}: ${m}`),
    )
    expect(misfits).toEqual([])
  })

  it('recommends each card added for issue 19 in one or two steps of a phase the card names', () => {
    for (const id of ISSUE_19_CARDS) {
      const steps = de.steps.filter((s) => s.methods.includes(id))
      expect(steps.length, id).toBeGreaterThanOrEqual(1)
      expect(steps.length, id).toBeLessThanOrEqual(2)
      for (const s of steps) expect(cards.get(id)?.phases, `${id} in ${s.id}`).toContain(s.phase)
    }
  })
})
