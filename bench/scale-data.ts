/**
 * Made-up but realistic records for the storage benchmark: teams whose projects answered every
 * question of every wizard step, with step states and a logbook. Deterministic (seeded), so two
 * runs store the same data. Runs in the browser, inside the bench harness.
 */
import type { LogbookEntry, Member, Project, StepAnswer, StepState, Team } from '../src/model/records.ts'

/** What the generator needs to know about the wizard: steps, their questions and checklists. */
export interface WizardBlueprint {
  steps: {
    id: string
    checklist: number
    questions: { id: string; type: string; options: string[] }[]
  }[]
  values: string[]
}

export interface TeamRecords {
  team: Team
  members: Member[]
  projects: Project[]
  answers: StepAnswer[]
  stepStates: StepState[]
  logbook: LogbookEntry[]
}

const WORDS = (
  'Bürgerinnen Verwaltung Antrag digital Termin Fachverfahren Schnittstelle Beteiligung Workshop ' +
  'Nutzende Prozess Datenschutz Barrierefreiheit Formular Bezirksamt Senatsverwaltung Pilot Ziel ' +
  'Wirkung Zeitplan Abstimmung Rückmeldung Zuständigkeit Bedarf Lösung Prototyp Test Einführung ' +
  'Schulung Betrieb Personal Haushalt Vergabe Kommunikation Risiko Maßnahme Ergebnis Kennzahl ' +
  'und die der mit für im auf eine wird werden nicht sowie über durch nach bei aus soll können'
).split(' ')

function random(seed: number) {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x100000000
  }
}

export function generateTeam(
  blueprint: WizardBlueprint,
  teamIndex: number,
  projects: number,
  /** Multiplies the length of texts, lists, tables and the logbook (1: a typical project). */
  scale = 1,
): TeamRecords {
  const rnd = random(teamIndex * 7919 + 17)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const words = (n: number) => {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(pick(WORDS))
    const text = out.join(' ')
    return text[0].toUpperCase() + text.slice(1) + '.'
  }
  const sentences = (n: number) =>
    Array.from({ length: n }, () => words(8 + Math.floor(rnd() * 10))).join(' ')
  const rows = (n: number) => Math.max(1, Math.round(n * scale))
  const date = (i: number) =>
    `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`
  const level = () => pick(['low', 'medium', 'high'])

  const answerOf = (type: string, options: string[]): unknown => {
    switch (type) {
      case 'short-text':
        return words(6)
      case 'long-text':
        return sentences(rows(6))
      case 'list':
        return Array.from({ length: rows(5) }, () => words(7))
      case 'single-choice':
        return pick(options)
      case 'multiple-choice':
      case 'checklist':
        return options.filter(() => rnd() < 0.5)
      case 'date':
        return date(Math.floor(rnd() * 300))
      case 'people':
        return Array.from({ length: rows(6) }, () => ({ name: words(2), role: words(3) }))
      case 'stakeholders':
        return Array.from({ length: rows(8) }, () => ({
          name: words(2),
          group: words(2),
          interest: words(8),
          influence: level(),
          involvement: words(6),
        }))
      case 'indicators':
        return Array.from({ length: rows(5) }, () => ({
          name: words(4),
          kind: pick(['output', 'outcome', 'process']),
          baseline: words(3),
          target: words(3),
          source: words(3),
        }))
      case 'milestones':
        return Array.from({ length: rows(8) }, (_, i) => ({ date: date(i * 30), title: words(5) }))
      case 'risks':
        return Array.from({ length: rows(6) }, () => ({
          risk: words(8),
          likelihood: level(),
          impact: level(),
          response: words(10),
        }))
      case 'value-compass':
        return Object.fromEntries(
          blueprint.values.map((v) => [v, { rating: Math.floor(rnd() * 4), justification: sentences(2) }]),
        )
      default:
        return words(5)
    }
  }

  const id = (kind: string, ...n: number[]) => `bench-${kind}-${[teamIndex, ...n].join('-')}`
  const time = (minutes: number) => new Date(Date.UTC(2026, 0, 5) + minutes * 60_000).toISOString()
  const team: Team = {
    id: id('team'),
    name: `Team ${teamIndex + 1} ${words(2).slice(0, -1)}`,
    createdAt: time(teamIndex),
    updatedAt: time(100_000 + teamIndex),
  }
  const records: TeamRecords = { team, members: [], projects: [], answers: [], stepStates: [], logbook: [] }
  for (let m = 0; m < 6; m++)
    records.members.push({ id: id('member', m), teamId: team.id, name: words(2), role: 'massnahmenteam' })
  for (let p = 0; p < projects; p++) {
    const projectId = id('project', p)
    const updatedAt = time(50_000 + teamIndex * 100 + p)
    records.projects.push({
      id: projectId,
      teamId: team.id,
      title: `Projekt ${p + 1}: ${words(4).slice(0, -1)}`,
      description: sentences(3),
      phase: 5,
      currentStepId: blueprint.steps.at(-1)?.id ?? null,
      archived: false,
      entryCheck: { answers: { a: true, b: false }, recommendedPhase: 1, completedAt: time(p) },
      createdAt: time(p),
      updatedAt,
    })
    for (const step of blueprint.steps) {
      for (const q of step.questions)
        records.answers.push({ projectId, questionId: q.id, value: answerOf(q.type, q.options), updatedAt })
      records.answers.push({
        projectId,
        questionId: `checklist:${step.id}`,
        value: Array.from({ length: step.checklist }, (_, i) => String(i)),
        updatedAt,
      })
      records.stepStates.push({ projectId, stepId: step.id, status: 'done', updatedAt })
    }
    const entries = rows(40)
    for (let l = 0; l < entries; l++) {
      const kind = pick(['note', 'decision', 'action', 'step-done'] as const)
      records.logbook.push({
        id: id('log', p, l),
        projectId,
        kind,
        text: sentences(2),
        ...(kind === 'action' ? { owner: words(2), due: date(l), done: rnd() < 0.5 } : {}),
        createdAt: time(p * 1000 + l),
      })
    }
  }
  return records
}
