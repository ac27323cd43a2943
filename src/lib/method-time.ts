/** Time arithmetic for method steps. Pure, so the planner and the card can share it. */

/** Minutes elapsed at the end of each step: [5, 10, 15] → [5, 15, 30]. */
export function runningTotals(steps: readonly { minutes: number }[]): number[] {
  let sum = 0
  return steps.map((step) => (sum += step.minutes))
}
