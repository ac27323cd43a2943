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

  it('draws an empty diagram, not a broken one, while no phase is loaded', () => {
    for (const vertical of [false, true]) {
      const layout = diagramLayout(0, vertical)
      expect([layout.boxes, layout.forward, layout.back, layout.entry]).toEqual([[], [], [], []])
    }
  })

  it('connects each phase to the next, left to right', () => {
    const { boxes, forward } = diagramLayout(3, false)
    expect(forward[0]).toBe(`M${boxes[0].x + boxes[0].w} ${boxes[1].y + 48} H${boxes[1].x - 4}`)
    expect(forward[1]).toBe(`M${boxes[1].x + boxes[1].w} ${boxes[2].y + 48} H${boxes[2].x - 4}`)
  })
})
