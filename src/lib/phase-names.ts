/**
 * A method card names its phases by number; the handbook's outline gives them their names, so a
 * card says "1 Ankommen" in a handbook whose first phase is called that. A number the outline does not
 * know (while it loads) keeps an empty title.
 */
export function phaseNames(
  numbers: readonly number[],
  phases: readonly { number: number; title: string }[],
): { number: number; title: string }[] {
  return numbers.map((number) => ({ number, title: phases.find((p) => p.number === number)?.title ?? '' }))
}
