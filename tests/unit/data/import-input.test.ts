/**
 * What reaches the import from outside the app: files in other encodings, texts quoted and wrapped
 * by e-mail programs, cut-off and foreign input. Each case ends in what the user sees: the team
 * name with its umlauts, or the message of a refusal.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import ImportPreview from '../../../src/features/data/components/ImportPreview.vue'
import { importErrorText } from '../../../src/features/data/import-error-text'
import {
  ImportError,
  createExport,
  encodeText,
  previewImport,
  readExport,
  readExportFile,
  type ImportErrorCode,
} from '../../../src/lib/transfer'
import { sampleData } from './sample'

const NAME = 'Team Stadtgrün – Größe & Maß'

function teamDoc() {
  const data = sampleData()
  data.teams[0]!.name = NAME
  data.projects[0]!.title = 'Schattenplätze'
  return createExport('team', 'team-1', data, '0.1.0', '2026-11-27T10:00:00.000Z')
}
const json = (space?: number) => JSON.stringify(teamDoc(), null, space)
const utf8 = (text: string) => new TextEncoder().encode(text)
/** The text as an editor saving in Latin-1/Windows-1252 writes it: one byte per character. */
const latin1 = (text: string) =>
  Uint8Array.from(text, (c) => {
    const code = c === '–' ? 0x96 : c.charCodeAt(0)
    if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`)
    return code
  })

/** The message the import panel would show for a refusal, in German. */
function message(err: ImportError): string {
  return importErrorText(err)
}

async function refusal(read: Promise<unknown>): Promise<{ code: ImportErrorCode; text: string }> {
  try {
    await read
  } catch (err) {
    if (err instanceof ImportError) return { code: err.code, text: message(err) }
    throw err
  }
  throw new Error('accepted')
}
const teamName = async (input: string) => (await readExport(input)).data.teams[0]!.name

/** Quotes every line as an e-mail reply does, `depth` times. */
const quote = (text: string, prefix = '> ', depth = 1) =>
  text
    .split('\n')
    .map((line) => prefix.repeat(depth) + line)
    .join('\n')
/** Breaks a text into lines of `width` characters as mail programs do. */
const wrap = (text: string, width = 76, eol = '\n') =>
  text.replace(new RegExp(`(.{${width}})`, 'g'), `$1${eol}`)

describe('encoding of a backup file', () => {
  it('reads UTF-8 with and without a byte-order mark', async () => {
    for (const bytes of [utf8(json(2)), Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(json(2))])]) {
      const { doc, encoding } = await readExportFile(bytes)
      expect(doc.data.teams[0]!.name).toBe(NAME)
      expect(encoding).toBe('utf-8')
    }
  })

  it('reads a file re-saved as Latin-1/Windows-1252 with its umlauts, and says so in the preview', async () => {
    const { doc, encoding } = await readExportFile(latin1(json(2)))
    expect(doc.data.teams[0]!.name).toBe(NAME)
    expect(encoding).toBe('windows-1252')

    const preview = previewImport(doc, { records: [] })
    const wrapper = mount(ImportPreview, { props: { preview, encoding }, global: { plugins: [i18n] } })
    expect(wrapper.text()).toContain(`Team „${NAME}“`)
    expect(wrapper.text()).toContain(
      'Die Datei war nicht als UTF-8 gespeichert; sie wurde als Windows-1252 gelesen. Bitte prüfen Sie Umlaute.',
    )
    expect(wrapper.text()).not.toContain('�')
    wrapper.unmount()
    const utf8Preview = mount(ImportPreview, { props: { preview }, global: { plugins: [i18n] } })
    expect(utf8Preview.text()).not.toContain('Windows-1252')
    utf8Preview.unmount()
  })

  it('refuses invalid UTF-8 that is not plain Windows-1252 instead of showing "Stadtgr�n"', async () => {
    // Both encodings in one file: the team name in Latin-1, the rest ("Schattenplätze") in UTF-8.
    const [before, after] = json().split(NAME) as [string, string]
    const mixed = Uint8Array.from([...utf8(before), ...latin1(NAME), ...utf8(after)])
    expect(await refusal(readExportFile(mixed))).toMatchObject({
      code: 'encoding',
      text: expect.stringContaining('weder als UTF-8 noch als Windows-1252'),
    })
    // A binary file (here the start of a PNG) is no text in any encoding.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff])
    expect((await refusal(readExportFile(png))).code).toBe('encoding')
  })

  it('calls a UTF-8 file cut inside an umlaut truncated, not Windows-1252', async () => {
    const bytes = utf8(json())
    const cut = bytes.indexOf(0xc3) + 1
    expect(await refusal(readExportFile(bytes.subarray(0, cut)))).toMatchObject({
      code: 'truncated',
      text: expect.stringContaining('unvollständig'),
    })
  })
})

describe('pasted text with a byte-order mark', () => {
  it('reads JSON and the copy-paste text behind a BOM; JSON never gets a checksum message', async () => {
    expect(await teamName(`\uFEFF${json(2)}`)).toBe(NAME)
    expect(await teamName(`\uFEFF${await encodeText(json())}`)).toBe(NAME)
    const cut = await refusal(readExport(`\uFEFF${json().slice(0, 300)}`))
    expect(cut.code).toBe('truncated')
    expect(cut.text).not.toContain('Prüfsumme')
  })
})

describe('copy-paste text from an e-mail reply', () => {
  it('reads a text quoted once, nested, and without a space after ">"', async () => {
    const text = wrap(await encodeText(json()))
    expect(await teamName(quote(text))).toBe(NAME)
    expect(await teamName(quote(text, '> ', 3))).toBe(NAME)
    expect(await teamName(quote(text, '>', 2))).toBe(NAME)
    expect(await teamName(quote(text, '> >'))).toBe(NAME)
  })

  it('reads a text wrapped with CRLF and trailing spaces, quoted after wrapping or wrapped after quoting', async () => {
    const text = await encodeText(json())
    expect(await teamName(wrap(text, 72, ' \r\n'))).toBe(NAME)
    expect(await teamName(quote(wrap(text, 64, '  \r\n')).replace(/\n/g, '\r\n'))).toBe(NAME)
    // A mail program that re-wraps a quoted reply leaves its continuation lines without ">".
    expect(await teamName(wrap(quote(wrap(text, 76)), 70, '\n'))).toBe(NAME)
    expect(await teamName(`\n\n   ${quote(wrap(text))}\n> \n>\n\n`)).toBe(NAME)
  })

  it('reads JSON quoted in an e-mail reply', async () => {
    expect(await teamName(quote(json(2)))).toBe(NAME)
    expect(await teamName(quote(json(2), '> ', 2).replace(/\n/g, '\r\n'))).toBe(NAME)
  })
})

describe('distinct messages for what went wrong', () => {
  it('truncated JSON, even cut before the format name', async () => {
    const full = json(2)
    for (const end of [5, 12, 300, full.length - 40, full.length - 1]) {
      expect(await refusal(readExport(full.slice(0, end))), `cut at ${end}`).toMatchObject({
        code: 'truncated',
        text: expect.stringContaining('unvollständig'),
      })
    }
  })

  it('truncated copy-paste text', async () => {
    const text = await encodeText(json())
    const cuts = [5, 40, 69, 70, 71, 80, text.length - 1, text.length - 2, text.length - 3]
    for (const end of cuts) {
      expect(await refusal(readExport(text.slice(0, end))), `cut at ${end}`).toMatchObject({
        code: 'truncated',
        text: expect.stringContaining('unvollständig'),
      })
    }
  })

  it('a complete text with one character changed: checksum wrong', async () => {
    const text = await encodeText(json())
    const at = Math.floor(text.length / 2)
    const changed = text.slice(0, at) + (text[at] === 'Q' ? 'R' : 'Q') + text.slice(at + 1)
    expect(await refusal(readExport(changed))).toMatchObject({
      code: 'checksum',
      text: expect.stringContaining('Die Prüfsumme des Textes stimmt nicht'),
    })
    // Cut at a whole group of four base64 characters, the text looks complete: named as "shortened".
    expect(await refusal(readExport(text.slice(0, -8)))).toMatchObject({
      code: 'checksum',
      text: expect.stringContaining('gekürzt'),
    })
  })

  it('valid JSON or text that is not ours: not a backup of this app', async () => {
    for (const input of [
      '{"hello": "world"}',
      JSON.stringify({ ...teamDoc(), format: 'other-app' }),
      '[1, 2, 3]',
      'Hallo, anbei die Sicherung.',
      '> Hallo,\n> anbei die Sicherung.',
      '{"broken": ',
    ]) {
      expect(await refusal(readExport(input)), input).toEqual({
        code: 'not-export',
        text: 'Das ist keine Sicherung von Handbuch interaktiv.',
      })
    }
  })

  it('JSON of ours broken in the middle: damaged, without a checksum', async () => {
    const broken = json(2).replace('"scope"', '"scope"\n, ,')
    const result = await refusal(readExport(broken))
    expect(result.code).toBe('damaged')
    expect(result.text).not.toContain('Prüfsumme')
  })

  it('a missing top-level field is "fehlt", not "muss ein Text sein"', async () => {
    for (const field of ['rootId', 'appVersion', 'scope', 'exportedAt'] as const) {
      const doc = teamDoc() as unknown as Record<string, unknown>
      delete doc[field]
      expect(await refusal(readExport(JSON.stringify(doc))), field).toEqual({
        code: 'invalid-field',
        text: `Die Sicherung wurde nicht übernommen, ein Wert darin ist ungültig: Feld „${field}“ fehlt. Auf diesem Gerät wurde nichts verändert.`,
      })
    }
    const wrong = { ...teamDoc(), rootId: 7 }
    expect((await refusal(readExport(JSON.stringify(wrong)))).text).toContain(
      'Feld „rootId“ muss ein Text sein',
    )
  })
})
