import { inflateSync } from 'node:zlib'

/**
 * The text of a PDF printed by Chromium, good enough to check that words are in it. Chromium (Skia)
 * writes uncompressed object tables, Flate-compressed streams and fonts with ToUnicode maps; this
 * reads exactly that and nothing more, so no PDF library is needed.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1')
  const objects = new Map<string, { dict: string; stream?: string }>()
  const objectPattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g
  for (const match of source.matchAll(objectPattern)) {
    const [, id, body] = match
    const streamAt = body.indexOf('stream')
    if (streamAt < 0) {
      objects.set(id, { dict: body })
      continue
    }
    const dict = body.slice(0, streamAt)
    let data = body.slice(streamAt + 6).replace(/^\r?\n/, '')
    data = data.slice(0, data.lastIndexOf('endstream'))
    const bytes = Buffer.from(data, 'latin1')
    let stream = data
    if (dict.includes('/FlateDecode')) {
      try {
        stream = inflateSync(bytes).toString('latin1')
      } catch {
        stream = ''
      }
    }
    objects.set(id, { dict, stream })
  }

  // Font resource name → ToUnicode map (glyph id → text).
  const cmaps = new Map<string, Map<number, string>>()
  const fontOfName = new Map<string, string>()
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of fonts[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) fontOfName.set(name, ref)
    }
  }
  const cmapOf = (fontRef: string): Map<number, string> => {
    const cached = cmaps.get(fontRef)
    if (cached) return cached
    const map = new Map<number, string>()
    const ref = objects.get(fontRef)?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1]
    const text = (ref && objects.get(ref)?.stream) || ''
    const hexText = (hex: string) =>
      String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set(parseInt(src, 16), hexText(dst))
      }
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, dst] of block[1].matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const start = parseInt(dst, 16)
        for (let code = parseInt(lo, 16); code <= parseInt(hi, 16); code++) {
          map.set(code, String.fromCodePoint(start + code - parseInt(lo, 16)))
        }
      }
    }
    cmaps.set(fontRef, map)
    return map
  }

  const out: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream || !/\bTf\b/.test(stream)) continue
    let cmap = new Map<number, string>()
    const ops = /\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g
    for (const [op, font, hex, array] of stream.matchAll(ops)) {
      if (font) cmap = cmapOf(fontOfName.get(font) ?? '')
      else if (op === 'ET') out.push(' ')
      else {
        const parts = hex !== undefined ? [hex] : [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1])
        for (const part of parts) {
          for (const code of part.match(/.{4}/g) ?? []) out.push(cmap.get(parseInt(code, 16)) ?? '')
        }
      }
    }
  }
  return out.join('')
}
