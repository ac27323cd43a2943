/**
 * Geometry of the process model diagram: one box per phase of the handbook in a row (or a column on narrow screens),
 * arrows forward between neighbours, dashed arrows back to the previous phase, and an entry arrow
 * into every phase. Pure, so the drawing can be checked without a browser.
 */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface DiagramLayout {
  width: number
  height: number
  boxes: Box[]
  forward: string[]
  back: string[]
  entry: string[]
  entryLabel: { x: number; y: number }
}

/** Every box with the one after it, in order. */
function neighbours<T>(list: readonly T[]): [T, T][] {
  const result: [T, T][] = []
  list.forEach((item, i) => {
    const next = list[i + 1]
    if (next !== undefined) result.push([item, next])
  })
  return result
}

export function diagramLayout(count: number, vertical: boolean): DiagramLayout {
  if (vertical) {
    const boxes = Array.from({ length: count }, (_, i) => ({ x: 60, y: 40 + i * 116, w: 200, h: 88 }))
    const last = boxes.at(-1)
    return {
      width: 320,
      height: 40 + count * 116,
      boxes,
      forward: neighbours(boxes).map(([a, b]) => `M160 ${a.y + a.h} V${b.y - 4}`),
      back: neighbours(boxes).map(
        ([a, b]) =>
          `M${b.x + b.w} ${b.y + 20} C${b.x + b.w + 45} ${b.y + 10} ${b.x + b.w + 45} ${a.y + a.h - 10} ${b.x + b.w + 4} ${a.y + a.h - 20}`,
      ),
      entry: last ? [`M20 14 V${last.y + 44}`, ...boxes.map((b) => `M20 ${b.y + 44} H${b.x - 4}`)] : [],
      entryLabel: { x: 8, y: 12 },
    }
  }
  const boxes = Array.from({ length: count }, (_, i) => ({ x: 20 + i * 196, y: 80, w: 170, h: 96 }))
  const first = boxes[0]
  const last = boxes.at(-1)
  return {
    width: 20 + count * 196,
    height: 250,
    boxes,
    forward: neighbours(boxes).map(([a, b]) => `M${a.x + a.w} ${b.y + 48} H${b.x - 4}`),
    back: neighbours(boxes).map(
      ([a, b]) =>
        `M${b.x + 30} ${b.y + b.h} C${b.x + 10} ${b.y + b.h + 55} ${a.x + a.w - 10} ${b.y + b.h + 55} ${a.x + a.w - 30} ${b.y + b.h + 4}`,
    ),
    entry:
      first && last
        ? [`M${first.x + 85} 34 H${last.x + 85}`, ...boxes.map((b) => `M${b.x + 85} 34 V${b.y - 4}`)]
        : [],
    entryLabel: { x: first?.x ?? 20, y: 24 },
  }
}
