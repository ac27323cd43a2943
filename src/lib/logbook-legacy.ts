/**
 * Logbook entries as app versions before schema 4 (export format 1) wrote them: automatic entries as
 * a finished German or English sentence, and no phase. `migrateLogbook` turns them into events with
 * parameters and gives every entry the phase its project was in. It is the one migration for both
 * ways old entries arrive: the database upgrade (`src/db/logbook-upgrade.ts`) and the import of an
 * older file (`transfer/migrations.ts`). A text that cannot be read is kept as it is: nothing is lost.
 *
 * The input is not checked yet (an import file may hold anything), so every field is tested before
 * it is used and whatever does not look like an entry passes through unchanged for the checks.
 */
import { MAX_PHASES, type LogbookKind, type LogbookParams } from '@/model'

type Row = Record<string, unknown>

interface LegacyText {
  /** The kind the old app stored the entry as. */
  was: LogbookKind
  kind: LogbookKind
  pattern: RegExp
  params: (match: RegExpExecArray) => LogbookParams | null
  /** The team's own words inside the sentence, kept as the entry's text. */
  text?: (match: RegExpExecArray) => string
}

const phase = (digits: string | undefined): number | null => {
  const n = Number(digits)
  return Number.isInteger(n) && n >= 1 && n <= MAX_PHASES ? n : null
}
const phases = (a: string | undefined, b: string | undefined, names: [string, string]) => {
  const [x, y] = [phase(a), phase(b)]
  return x && y ? { [names[0]]: x, [names[1]]: y } : null
}

/**
 * Every sentence the app has ever written, German and English (see the git history of the projects
 * messages). The entry check's name came from the handbook's site file, so any name is accepted.
 * A step's title is kept as `stepTitle`: the step id was not stored, and the view finds the step by
 * its title in any language of the handbook.
 */
const LEGACY_TEXTS: LegacyText[] = [
  ...[/^Schritt „(.+)“ erledigt\.$/s, /^Step “(.+)” done\.$/s].map((pattern): LegacyText => ({
    ...{ was: 'step-done', kind: 'step-done', pattern },
    params: (m) => ({ stepTitle: m[1] ?? '' }),
  })),
  ...[
    /^(?:Weiter|Zurück) von Phase (\d+) in Phase (\d+): .*\.$/s,
    /^(?:Moved on|Stepped back) from phase (\d+) to phase (\d+): .*\.$/s,
  ].map((pattern): LegacyText => ({
    ...{ was: 'phase-changed', kind: 'phase-changed', pattern },
    params: (m) => phases(m[1], m[2], ['from', 'to']),
  })),
  ...[
    /^Weiter in Phase (\d+), obwohl noch etwas offen war\. Begründung: (.*)$/s,
    /^Moved on to phase (\d+) while something was still open\. Reason: (.*)$/s,
  ].map((pattern): LegacyText => ({
    ...{ was: 'moved-on-open', kind: 'moved-on-open', pattern },
    params: (m) => (phase(m[1]) ? { to: phase(m[1]) as number } : null),
    text: (m) => m[2] ?? '',
  })),
  ...[
    /^.+ gemacht: empfohlen Phase (\d+), gewählt Phase (\d+)\.$/s,
    /^.+ done: phase (\d+) recommended, phase (\d+) chosen\.$/s,
  ].map((pattern): LegacyText => ({
    ...{ was: 'decision', kind: 'entry-check', pattern },
    params: (m) => phases(m[1], m[2], ['recommended', 'chosen']),
  })),
  ...[/^Angelegt als Kopie des Beispiels „(.+)“\.$/s, /^Created as a copy of the example “(.+)”\.$/s].map(
    (pattern): LegacyText => ({
      ...{ was: 'note', kind: 'copied-from', pattern },
      params: (m) => ({ sampleTitle: m[1] ?? '' }),
    }),
  ),
  ...[/^Angelegt als Kopie von „(.+)“\.$/s, /^Created as a copy of “(.+)”\.$/s].map(
    (pattern): LegacyText => ({
      ...{ was: 'note', kind: 'copied-from', pattern },
      params: (m) => ({ title: m[1] ?? '' }),
    }),
  ),
]

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The event an old automatic entry's sentence describes, or null if it is not one of ours. */
export function readLegacyText(
  kind: unknown,
  text: unknown,
): { kind: LogbookKind; params: LogbookParams; text: string } | null {
  if (typeof text !== 'string') return null
  for (const legacy of LEGACY_TEXTS) {
    if (legacy.was !== kind) continue
    const match = legacy.pattern.exec(text)
    const params = match && legacy.params(match)
    if (match && params) return { kind: legacy.kind, params, text: legacy.text?.(match) ?? '' }
  }
  return null
}

/** An entry written as a sentence, as an event; anything else unchanged. */
function readEvent(entry: Row): Row {
  // Captured in a workshop: the team's own words, whatever they say.
  if (isRow(entry.params) || entry.workshopId !== undefined) return entry
  const event = readLegacyText(entry.kind, entry.text)
  return event ? { ...entry, ...event } : entry
}

const validPhase = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PHASES
    ? value
    : undefined

/**
 * Old entries as events, each with the phase its project was in when it was written: walking back
 * from the project's phase today, every phase change marks where the phase was another. Returns a
 * list of the same length; an entry that needs no change is the same object.
 */
export function migrateLogbook(entries: readonly unknown[], projects: readonly unknown[]): unknown[] {
  const phaseNow = new Map<unknown, number | undefined>()
  for (const project of projects) if (isRow(project)) phaseNow.set(project.id, validPhase(project.phase))

  const result = entries.map((entry) => (isRow(entry) ? readEvent(entry) : entry))
  const byProject = new Map<unknown, number[]>()
  result.forEach((entry, i) => {
    if (!isRow(entry)) return
    const list = byProject.get(entry.projectId) ?? []
    list.push(i)
    byProject.set(entry.projectId, list)
  })
  for (const [projectId, indexes] of byProject) {
    const newestFirst = indexes.sort((a, b) => {
      const [x, y] = [String((result[a] as Row).createdAt), String((result[b] as Row).createdAt)]
      return x < y ? 1 : x > y ? -1 : b - a
    })
    let current = phaseNow.get(projectId)
    for (const i of newestFirst) {
      const entry = result[i] as Row
      const params = isRow(entry.params) ? entry.params : {}
      const own = validPhase(entry.phase)
      // A move to another phase was written once the project was there (`to`); before a phase
      // change, the project was in the phase it left (`from`).
      const moved = entry.kind === 'phase-changed' || entry.kind === 'moved-on-open'
      const target = moved ? validPhase(params.to) : undefined
      const here = own ?? target ?? current
      if (own === undefined && here !== undefined) result[i] = { ...entry, phase: here }
      if (entry.kind === 'phase-changed') current = validPhase(params.from) ?? here
      else if (target === undefined) current = here
    }
  }
  return result
}
