/**
 * Issue 17: "copy into my team" turns the handbook's sample measure into a real project, whose
 * answers the wizard reads back exactly as the sample shows them.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { readAnswer } from '../../../src/lib/answer-shapes'
import { isAnswered } from '../../../src/lib/answers'
import { sampleProject } from '../../../src/lib/sample-project'
import { loadRealHandbook } from '../content/fixture'

const { handbooks } = loadRealHandbook()
const book = handbooks.de
const sample = book.sample!

const open: HandbookDatabase[] = []
function connect(name: string) {
  const db = new HandbookDatabase(name)
  open.push(db)
  return { db, repos: createRepositories(db) }
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('the sample as a project', () => {
  it('keeps every answer in the shape the wizard reads, so no field shows an unreadable value', () => {
    const filled = sampleProject(sample, book, '2026-11-30T10:00:00.000Z')
    const questions = book.steps.flatMap((s) => s.questions)
    for (const [id, value] of Object.entries(filled.answers)) {
      const question = questions.find((q) => q.id === id)!
      const read = readAnswer(question.type, value)
      expect(read.invalid, id).toBe(false)
      expect(read.value, id).toEqual(value)
      expect(isAnswered(question.type, value), id).toBe(true)
    }
  })

  it('carries the entry check with the phase it recommends, the phase, the states and the logbook', () => {
    const filled = sampleProject(sample, book, '2026-11-30T10:00:00.000Z')
    expect(filled.title).toBe('Schattige Wege')
    expect(filled.phase).toBe(2)
    // No mandate yet: the entry check recommended the pre-process.
    expect(filled.entryCheck).toEqual({
      answers: sample.entryCheck,
      recommendedPhase: 1,
      completedAt: '2026-11-30T10:00:00.000Z',
    })
    expect(filled.statuses['abschlussfragen-exploration']).toBe('in-progress')
    expect(filled.logbook.map((e) => e.kind)).toEqual(sample.logbook.map((e) => e.kind))
    // The copy owns its answers: editing it leaves the loaded sample as it was.
    ;(filled.answers['kickoff-zielgruppen'] as string[]).push('Noch jemand')
    expect(sample.answers['kickoff-zielgruppen']).not.toContain('Noch jemand')
  })

  it('is written as a new project of the team with its answers, states and logbook in order', async () => {
    const { repos } = connect('sample-copy')
    const team = await repos.teams.create('Team Stadtgrün')
    const filled = sampleProject(sample, book, '2026-11-30T10:00:00.000Z')
    const project = await repos.projects.createFilled(team.id, filled)

    const stored = await repos.projects.get(project.id)
    expect(stored).toMatchObject({ teamId: team.id, title: 'Schattige Wege', phase: 2, archived: false })
    expect(stored?.entryCheck?.recommendedPhase).toBe(1)
    expect(await repos.answers.mapByProject(project.id)).toEqual(sample.answers)
    const states = await repos.stepStates.listByProject(project.id)
    expect(Object.fromEntries(states.map((s) => [s.stepId, s.status]))).toEqual(sample.steps)
    const logbook = await repos.logbook.listByProject(project.id)
    expect(logbook.map((e) => e.text)).toEqual(sample.logbook.map((e) => e.text))
  })

  it('writes nothing when part of the copy fails', async () => {
    const { repos } = connect('sample-copy-fails')
    const team = await repos.teams.create('Team Stadtgrün')
    const filled = sampleProject(sample, book, '2026-11-30T10:00:00.000Z')
    // A value IndexedDB cannot store makes the answers' write fail half-way through the copy.
    filled.answers['kickoff-titel'] = () => 'no'
    await expect(repos.projects.createFilled(team.id, filled)).rejects.toThrow()
    expect(await repos.projects.countByTeam(team.id)).toBe(0)
  })
})
