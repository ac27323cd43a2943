/**
 * Feeds hostile and broken imports to the whole reading path (parse, check, look up, preview).
 * Each must either be refused with an ImportError or, if valid, show its text literally, and the
 * data already on the device must stay byte-identical.
 */
import { mount } from '@vue/test-utils'
import Dexie from 'dexie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import ImportPreview from '../../../src/features/data/components/ImportPreview.vue'
import {
  FORMAT_VERSION,
  ImportError,
  createExport,
  encodeText,
  previewImport,
  readExport,
} from '../../../src/lib/transfer'
import { snapshot } from '../db/snapshot'
import { sampleData } from './sample'

/** A small seeded PRNG (mulberry32), so every run feeds the same cases. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(20261127)
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]

type Node = Record<string, unknown> | unknown[]
/** Every [parent, key] pair below the root, to change one value at a time. */
function slots(value: unknown, out: [Node, string | number][] = []): [Node, string | number][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i])
      slots(v, out)
    })
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Node, k])
      slots(v, out)
    }
  }
  return out
}
const objects = (value: unknown) =>
  [value, ...slots(value).map(([parent, key]) => (parent as Record<string, unknown>)[key as string])].filter(
    (v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v),
  )

const validDoc = () =>
  createExport('team', 'team-1', sampleData('team-1'), '0.1.0', '2026-11-27T10:00:00.000Z')
const WRONG = [42, -1, 1.5, true, false, null, [], {}, '', 'text', { a: 1 }, ['x'], 1e308]
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{ constructor.constructor("alert(1)")() }}',
  '<a href="javascript:alert(1)">klick</a>',
  '@:evil {0} | $t("x")',
  '\u202e\u0000<b>fett</b>',
]

let db: HandbookDatabase
let repos: ReturnType<typeof createRepositories>
let before = ''
let cases = 0
const outcomes = { rejected: 0, accepted: 0 }

beforeAll(async () => {
  db = new HandbookDatabase('fuzz')
  repos = createRepositories(db)
  const data = sampleData('team-1')
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
  })
  await repos.settings.set('lastBackupAt', '2026-11-20T10:00:00.000Z')
  before = await snapshot(db)
})
afterAll(async () => {
  db.close()
  await Dexie.delete('fuzz')
  expect(cases).toBeGreaterThanOrEqual(200)
  expect(outcomes.rejected).toBeGreaterThan(150)
})

async function feed(input: string, label: string): Promise<'rejected' | 'accepted'> {
  cases++
  let result: 'rejected' | 'accepted'
  try {
    const doc = await readExport(input)
    const preview = previewImport(doc, await repos.transfer.findMatches(doc.data))
    const wrapper = mount(ImportPreview, { props: { preview }, global: { plugins: [i18n] } })
    expect(wrapper.find('img, script, svg, b, a').exists(), label).toBe(false)
    expect(wrapper.text(), label).toContain(preview.name)
    wrapper.unmount()
    result = 'accepted'
  } catch (err) {
    if (!(err instanceof ImportError)) throw new Error(`${label}: ${String(err)}`, { cause: err })
    result = 'rejected'
  }
  outcomes[result]++
  expect(await snapshot(db), label).toBe(before)
  expect(({} as Record<string, unknown>).polluted, label).toBeUndefined()
  return result
}

describe('hostile imports', () => {
  it('wrong types in any field', async () => {
    for (let i = 0; i < 60; i++) {
      const doc = validDoc()
      const [parent, key] = pick(slots(doc))
      const old = (parent as Record<string, unknown>)[key as string]
      const value = pick(
        WRONG.filter((w) => typeof w !== typeof old || Array.isArray(w) !== Array.isArray(old)),
      )
      ;(parent as Record<string, unknown>)[key as string] = value
      await feed(JSON.stringify(doc), `wrong type #${i} ${String(key)}`)
    }
  })

  it('missing fields', async () => {
    for (let i = 0; i < 40; i++) {
      const doc = validDoc()
      const target = pick(objects(doc))
      const key = pick(Object.keys(target))
      delete target[key]
      await feed(JSON.stringify(doc), `missing #${i} ${key}`)
    }
  })

  it('huge strings', async () => {
    for (let i = 0; i < 20; i++) {
      const doc = validDoc()
      const strings = slots(doc).filter(
        ([p, k]) => typeof (p as Record<string, unknown>)[k as string] === 'string',
      )
      const [parent, key] = pick(strings)
      ;(parent as Record<string, unknown>)[key as string] = pick(['A', 'ä', '😀', '<']).repeat(
        1000 + Math.floor(rand() * 200_000),
      )
      await feed(JSON.stringify(doc), `huge #${i} ${String(key)}`)
    }
  })

  it('cut-off and altered texts and files', async () => {
    const json = JSON.stringify(validDoc())
    const text = await encodeText(json)
    for (let i = 0; i < 25; i++) {
      const cut = text.slice(0, 5 + Math.floor(rand() * (text.length - 6)))
      expect(await feed(cut, `cut text #${i}`)).toBe('rejected')
    }
    for (let i = 0; i < 15; i++) {
      expect(await feed(json.slice(0, 1 + Math.floor(rand() * (json.length - 2))), `cut json #${i}`)).toBe(
        'rejected',
      )
    }
    for (let i = 0; i < 15; i++) {
      const at = 5 + Math.floor(rand() * (text.length - 5))
      const swapped = text[at] === 'A' ? 'B' : text[at] === '.' ? '.' : 'A'
      const altered = text.slice(0, at) + swapped + text.slice(at + 1)
      if (altered === text) continue
      expect(await feed(altered, `altered text #${i} at ${at}`)).toBe('rejected')
    }
  })

  it('script payloads in every text field are shown as text', async () => {
    for (let i = 0; i < 25; i++) {
      const doc = validDoc()
      const payload = pick(PAYLOADS)
      doc.data.teams[0].name = payload
      doc.data.projects[0].title = payload
      doc.data.logbook[0].text = payload
      const input = i % 2 ? await encodeText(JSON.stringify(doc)) : JSON.stringify(doc)
      expect(await feed(input, `payload #${i}`)).toBe('accepted')
    }
  })

  it('prototype keys anywhere', async () => {
    for (let i = 0; i < 20; i++) {
      const doc = validDoc()
      pick(objects(doc)).__HOSTILE__ = { polluted: true }
      const key = pick(['__proto__', 'constructor', 'prototype'])
      const input = JSON.stringify(doc).replace('"__HOSTILE__"', JSON.stringify(key))
      expect(await feed(input, `prototype key #${i} ${key}`)).toBe('rejected')
    }
  })

  it('things that are not an export at all', async () => {
    const inputs = [
      '',
      ' ',
      'null',
      '[]',
      '42',
      '"text"',
      'true',
      '{}',
      '<html><script>alert(1)</script></html>',
      JSON.stringify({ ...validDoc(), format: 'other-app' }),
      JSON.stringify({ ...validDoc(), formatVersion: FORMAT_VERSION + 1 }),
      JSON.stringify({ ...validDoc(), formatVersion: '1' }),
      JSON.stringify({ ...validDoc(), formatVersion: 0 }),
      JSON.stringify({ ...validDoc(), scope: 'everything' }),
      JSON.stringify({ ...validDoc(), rootId: 'someone-else' }),
      JSON.stringify({ ...validDoc(), data: [] }),
      'HBI1.zz.zz',
      'HBI1.' + 'a'.repeat(64) + '.!!!',
      'HBI1..',
      Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join(''),
    ]
    for (const [i, input] of inputs.entries()) {
      expect(await feed(input, `not an export #${i}`)).toBe('rejected')
    }
  })
})
