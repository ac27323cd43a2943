/**
 * Geometry of the process model diagram: five phase boxes in a row (or a column on narrow screens),
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

export function diagramLayout(count: number, vertical: boolean): DiagramLayout {
  if (vertical) {
    const boxes = Array.from({ length: count }, (_, i) => ({ x: 60, y: 40 + i * 116, w: 200, h: 88 }))
    return {
      width: 320,
      height: 40 + count * 116,
      boxes,
      forward: boxes.slice(1).map((b, i) => `M160 ${boxes[i].y + boxes[i].h} V${b.y - 4}`),
      back: boxes
        .slice(1)
        .map(
          (b, i) =>
            `M${b.x + b.w} ${b.y + 20} C${b.x + b.w + 45} ${b.y + 10} ${b.x + b.w + 45} ${boxes[i].y + boxes[i].h - 10} ${b.x + b.w + 4} ${boxes[i].y + boxes[i].h - 20}`,
        ),
      entry: [`M20 14 V${boxes.at(-1)!.y + 44}`, ...boxes.map((b) => `M20 ${b.y + 44} H${b.x - 4}`)],
      entryLabel: { x: 8, y: 12 },
    }
  }
  const boxes = Array.from({ length: count }, (_, i) => ({ x: 20 + i * 196, y: 80, w: 170, h: 96 }))
  return {
    width: 20 + count * 196,
    height: 250,
    boxes,
    forward: boxes.slice(1).map((b, i) => `M${boxes[i].x + boxes[i].w} ${b.y + 48} H${b.x - 4}`),
    back: boxes
      .slice(1)
      .map(
        (b, i) =>
          `M${b.x + 30} ${b.y + b.h} C${b.x + 10} ${b.y + b.h + 55} ${boxes[i].x + boxes[i].w - 10} ${b.y + b.h + 55} ${boxes[i].x + boxes[i].w - 30} ${b.y + b.h + 4}`,
      ),
    entry: [
      `M${boxes[0].x + 85} 34 H${boxes.at(-1)!.x + 85}`,
      ...boxes.map((b) => `M${b.x + 85} 34 V${b.y - 4}`),
    ],
    entryLabel: { x: boxes[0].x, y: 24 },
  }
}
