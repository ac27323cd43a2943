import { inflateSync } from 'node:zlib'

/**
 * The text of a PDF as Chromium prints it (uncompressed object layout, Flate streams, Type0 fonts
 * with ToUnicode maps). Just enough to check what a printed page says; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const objects = new Map<number, { dict: string; stream: string | null }>()
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2]
    const at = body.search(/stream\r?\n/)
    if (at === -1) {
      objects.set(Number(m[1]), { dict: body, stream: null })
      continue
    }
    const start = at + body.slice(at).indexOf('\n') + 1
    const data = Buffer.from(body.slice(start, body.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1')
    const dict = body.slice(0, at)
    let stream = data.toString('latin1')
    if (dict.includes('/FlateDecode')) {
      try {
        stream = inflateSync(data).toString('latin1')
      } catch {
        stream = ''
      }
    }
    objects.set(Number(m[1]), { dict, stream })
  }

  const cmaps = new Map<number, Map<string, string>>()
  const fontMaps = new Map<string, Map<string, string>>()
  for (const { dict } of objects.values()) {
    for (const f of dict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(f[2]))
      const toUnicode = font?.dict.match(/\/ToUnicode (\d+) 0 R/)
      if (!toUnicode) continue
      const id = Number(toUnicode[1])
      if (!cmaps.has(id)) cmaps.set(id, parseCMap(objects.get(id)?.stream ?? ''))
      fontMaps.set(f[1], cmaps.get(id)!)
    }
  }

  const parts: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream) || !/\bTf\b/.test(stream)) continue
    let map: Map<string, string> | undefined
    for (const t of stream.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
      if (t[1]) map = fontMaps.get(t[1])
      else if (t[2] !== undefined && map) {
        for (let i = 0; i < t[2].length; i += 4) parts.push(map.get(t[2].slice(i, i + 4).toUpperCase()) ?? '')
      } else parts.push(' ')
    }
  }
  return parts.join('')
}

function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const unicode = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(m[1].toUpperCase(), unicode(m[2]))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)]
      for (let code = from; code <= to; code++) {
        map.set(code.toString(16).toUpperCase().padStart(4, '0'), String.fromCharCode(first + code - from))
      }
    }
  }
  return map
}
