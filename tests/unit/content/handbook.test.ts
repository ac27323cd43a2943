import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, type LoadResult } from '../../../build/content/load'
import { PURPOSES, QUESTION_TYPES, SETTINGS, type Handbook } from '../../../src/content/schema'

let result: LoadResult
let de: Handbook
let en: Handbook

beforeAll(() => {
  result = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
    strictTranslations: true,
  })
  ;({ de, en } = result.handbooks)
})

const ids = (list: { id: string }[]) => list.map((d) => d.id).sort()

describe('the built-in handbook', () => {
  it('passes every content rule', () => {
    expect(result.errors).toEqual([])
  })

  it('holds the same documents in German and English, none of them a fallback', () => {
    for (const kind of ['pages', 'phases', 'formats', 'values', 'terms', 'steps', 'methods'] as const) {
      expect(ids(en[kind]), kind).toEqual(ids(de[kind]))
      expect(en[kind].filter((d) => d.fallback).map((d) => d.id)).toEqual([])
    }
  })

  it('has the pages of the handbook', () => {
    expect(ids(de.pages)).toEqual(
      expect.arrayContaining([
        'start',
        'prozessmodell',
        'rollen',
        'artefakte',
        'wertekompass',
        'grundsaetze',
        'ueber',
      ]),
    )
  })

  it("has five phases in order, only exploration skippable, none marked as proposal (the aims are the handbook's)", () => {
    expect(de.phases.map((p) => [p.number, p.id, p.skippable, p.proposal])).toEqual([
      [1, 'vorprozess', false, false],
      [2, 'exploration', true, false],
      [3, 'erprobung', false, false],
      [4, 'entwicklung', false, false],
      [5, 'skalierung', false, false],
    ])
  })

  it('has the six phase-1 formats with all six fields, public participation optional', () => {
    expect(de.formats.map((f) => f.id)).toEqual([
      'kick-off',
      'steuerungsrunde',
      'expertinnendialog',
      'oeffentlichkeitsbeteiligung',
      'massnahmenwerkstatt',
      'entscheidungsrunde',
    ])
    for (const format of [...de.formats, ...en.formats]) {
      for (const field of [
        'description',
        'participants',
        'goal',
        'results',
        'benefits',
        'challenges',
      ] as const) {
        expect(format[field].length, `${format.id}.${field}`).toBeGreaterThan(20)
      }
    }
    expect(de.formats.filter((f) => f.optional).map((f) => f.id)).toEqual(['oeffentlichkeitsbeteiligung'])
  })

  it('has at least 20 wizard steps, with closing questions as the last step of every phase', () => {
    expect(de.steps.length).toBeGreaterThanOrEqual(20)
    for (const phase of [1, 2, 3, 4, 5]) {
      const steps = de.steps.filter((s) => s.phase === phase)
      expect(steps.at(-1)?.closing, `phase ${phase}`).toBe(true)
    }
    // Phase 1 has one step per format.
    expect(de.steps.filter((s) => s.format).map((s) => s.format)).toEqual(de.formats.map((f) => f.id))
  })

  it('uses every question type at least once', () => {
    const used = new Set(de.steps.flatMap((s) => s.questions.map((q) => q.type)))
    expect([...QUESTION_TYPES].filter((type) => !used.has(type))).toEqual([])
  })

  it('feeds every section of the project description template, which is marked as a proposal', () => {
    const template = de.descriptionTemplate!
    expect(template.proposal).toBe(true)
    expect(template.sections).toHaveLength(17)
    const fed = new Set(de.steps.flatMap((s) => s.questions.map((q) => q.section)))
    expect(template.sections.filter((s) => !fed.has(s.id))).toEqual([])
  })

  it('has an entry check whose last rule always applies', () => {
    const check = de.entryCheck!
    expect(check.questions.some((q) => q.group === 'fit')).toBe(true)
    expect(check.questions.some((q) => q.group === 'maturity')).toBe(true)
    expect(check.rules.at(-1)?.when).toEqual({})
  })

  it('has at least 30 glossary terms and four values with guiding questions', () => {
    expect(de.terms.length).toBeGreaterThanOrEqual(30)
    expect(ids(de.values)).toEqual(['gemeinwohlorientiert', 'kooperativ', 'nachhaltig', 'resilient'])
    for (const value of de.values) expect(value.questions.length).toBeGreaterThanOrEqual(3)
  })

  it('links glossary terms from the handbook text', () => {
    const linked = de.pages.filter((p) => p.html.includes('class="term-link"'))
    expect(linked.length).toBeGreaterThanOrEqual(5)
  })
})

describe('the method cards', () => {
  const BRIEF_METHODS = [
    'entwicklungsmatrix', 'prozessverlauf', 'mitspielerinnen-kartieren', 'teamprofil-selbsteinschaetzung',
    'kulturen-wandeln', 'teamarbeitsroutine', 'entwicklungsplan', 'fuenf-finger-feedback', 'baumanalyse',
    'akteure-kartieren', 'transformative-akteursanalyse', 'wissensatlas', 'annahmen-dreieck', 'lagebericht',
    'gespraechsleitfaden', 'vorgespraeche-fuehren', 'gespraech-dokumentieren', 'individuelle-gespraechsauswertung',
    'beduerfnis-hindernis-filter', 'potenzialbaukasten', 'wie-koennen-wir-fragen', 'eisberg-ursachen',
    'potenzial-steckbrief', 'relevanztrichter', 'innovationsreise', 'referenzmaterialien', 'werteturm',
    'kreativitaetsmuskel-aufwaermen', 'kreativer-radschlag', 'ideen-generator', 'visuelle-abstimmung',
    'mehrwert-aufwand-matrix', 'zukunftstheater', 'ideenskizze', 'testbasis-zusammenstellen', 'konzept-prototypen',
    'archetypen-profile', 'testverlauf-planen', 'test-dokumentieren', 'test-auswerten', 'mvp-canvas',
    'wirkungstreppe', 'kritische-unsicherheiten', 'kompetenzteams', 'beteiligungsoptionen', 'evaluationskonzept',
    'innovationskompass', 'zukunftsartikel', 'gewaltfreie-kommunikation', 'personas',
  ] // prettier-ignore

  it('are at least 48 and include every method of the brief', () => {
    expect(de.methods.length).toBeGreaterThanOrEqual(48)
    expect(BRIEF_METHODS.filter((id) => !de.methods.some((m) => m.id === id))).toEqual([])
  })

  it('cover every phase with at least 8 cards and every purpose with at least 3', () => {
    for (const phase of [1, 2, 3, 4, 5]) {
      expect(
        de.methods.filter((m) => m.phases.includes(phase)).length,
        `phase ${phase}`,
      ).toBeGreaterThanOrEqual(8)
    }
    for (const purpose of PURPOSES) {
      expect(de.methods.filter((m) => m.purposes.includes(purpose)).length, purpose).toBeGreaterThanOrEqual(3)
    }
  })

  it('use every setting and span 5 minutes to a full day', () => {
    for (const setting of SETTINGS)
      expect(
        de.methods.some((m) => m.settings.includes(setting)),
        setting,
      ).toBe(true)
    expect(Math.min(...de.methods.map((m) => m.duration.min))).toBeLessThanOrEqual(5)
    expect(Math.max(...de.methods.map((m) => m.duration.max))).toBeGreaterThanOrEqual(360)
  })

  it('each name a source or are marked as own work, and carry a licence that keeps the terms of their source', () => {
    for (const method of [...de.methods, ...en.methods]) {
      expect(Boolean(method.source) !== method.own, `${method.id}: either a source or own work`).toBe(true)
      expect(method.licence, method.id).toMatch(/^CC BY(-NC)?(-SA)? 4\.0$/)
      if (method.source?.licence.includes('NC')) expect(method.licence, method.id).toContain('-NC')
      if (method.source?.licence.includes('SA')) expect(method.licence, method.id).toContain('-SA')
    }
    // Adaptations keep their source's terms: non-commercial and share-alike carry over.
    const citylab = de.methods.filter((m) => m.source?.title === 'Handbuch Öffentliches Gestalten')
    expect(citylab.length).toBeGreaterThan(40)
    for (const method of citylab) expect(method.licence, method.id).toBe('CC BY-NC-SA 4.0')
  })
})
