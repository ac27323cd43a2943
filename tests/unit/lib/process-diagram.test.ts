import { describe, expect, it } from 'vitest'
import { diagramLayout } from '../../../src/lib/process-diagram'

describe('process diagram layout', () => {
  for (const vertical of [false, true]) {
    it(`draws five phases with forward, back and entry arrows (${vertical ? 'column' : 'row'})`, () => {
      const layout = diagramLayout(5, vertical)
      expect(layout.boxes).toHaveLength(5)
      expect(layout.forward).toHaveLength(4)
      expect(layout.back).toHaveLength(4)
      // One line plus one arrow into every phase: entry is possible anywhere.
      expect(layout.entry).toHaveLength(6)
      for (const box of layout.boxes) {
        expect(box.x + box.w).toBeLessThanOrEqual(layout.width)
        expect(box.y + box.h).toBeLessThanOrEqual(layout.height)
      }
    })
  }

  it('keeps the phases apart', () => {
    const { boxes } = diagramLayout(5, false)
    boxes.slice(1).forEach((b, i) => expect(b.x).toBeGreaterThan(boxes[i].x + boxes[i].w))
  })
})
