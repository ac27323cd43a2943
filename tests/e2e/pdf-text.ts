import { inflateSync } from 'node:zlib'

/**
 * A small reader for the PDFs Chromium prints: page count and the text of each page, decoded
 * through each font's ToUnicode map. Enough to check that printed cards carry their titles, with
 * no PDF library in the project.
 */
interface PdfObject {
  dict: string
  stream: Buffer | null
}

/**
 * Reads every object by position. A stream is taken by its `/Length`, never by searching for
 * "endstream": an embedded font (the app's Fira Sans) is binary and may hold the bytes "endobj" or
 * "endstream", which would cut it short and make the reader lose the objects after it.
 */
function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const header = /(\d+) 0 obj\b/g
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const id = Number(match[1])
    const start = match.index + match[0].length
    const endobj = text.indexOf('endobj', start)
    if (endobj < 0) break
    const streamAt = text.indexOf('stream', start)
    if (streamAt < 0 || streamAt > endobj) {
      objects.set(id, { dict: text.slice(start, endobj), stream: null })
      header.lastIndex = endobj
      continue
    }
    const dict = text.slice(start, streamAt)
    let dataStart = streamAt + 'stream'.length
    if (text[dataStart] === '\r') dataStart++
    if (text[dataStart] === '\n') dataStart++
    const length = dict.match(/\/Length\s+(\d+)(?!\s+\d+\s+R)/)?.[1]
    const dataEnd = length === undefined ? text.indexOf('endstream', dataStart) : dataStart + Number(length)
    let raw: Buffer = pdf.subarray(dataStart, dataEnd)
    const after = text.indexOf('endobj', dataEnd)
    // A stream cut off before its endobj ends the file: nothing after it can be read.
    header.lastIndex = after < 0 ? text.length : after + 'endobj'.length
    if (dict.includes('/FlateDecode')) {
      try {
        raw = inflateSync(raw)
      } catch {
        continue // not text: the reader has no use for it
      }
    }
    objects.set(id, { dict, stream: raw })
  }
  return objects
}

const ref = (dict: string, key: string) => {
  const m = dict.match(new RegExp(`/${key}\\s+(\\d+) 0 R`))
  return m ? Number(m[1]) : null
}

function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const hexText = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(m[1]!.toUpperCase(), hexText(m[2]!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, dst] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)]
      for (let c = lo; c <= hi; c++) {
        map.set(c.toString(16).toUpperCase().padStart(m[1]!.length, '0'), String.fromCharCode(dst + c - lo))
      }
    }
  }
  return map
}

export interface PdfInfo {
  pages: { width: number; height: number; text: string }[]
}

export function readPdf(pdf: Buffer): PdfInfo {
  const objects = parseObjects(pdf)
  const cmaps = new Map<number, Map<string, string>>()
  const fontMap = (fontObj: number) => {
    if (!cmaps.has(fontObj)) {
      const toUnicode = ref(objects.get(fontObj)?.dict ?? '', 'ToUnicode')
      const stream = toUnicode === null ? null : objects.get(toUnicode)?.stream
      cmaps.set(fontObj, stream ? parseCMap(stream.toString('latin1')) : new Map())
    }
    return cmaps.get(fontObj)!
  }
  const pages: PdfInfo['pages'] = []
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(dict)) continue
    const box = dict.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/)
    const resourcesRef = ref(dict, 'Resources')
    const resources = resourcesRef === null ? dict : (objects.get(resourcesRef)?.dict ?? '')
    const fontsRef = ref(resources, 'Font')
    const fontDict =
      fontsRef === null
        ? (resources.match(/\/Font\s*<<([\s\S]*?)>>/)?.[1] ?? '')
        : objects.get(fontsRef)!.dict
    const fonts = new Map(
      [...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]),
    )
    const contentRefs = [
      ...(dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ]
    let text = ''
    for (const c of contentRefs) {
      const content = objects.get(Number(c[1]))?.stream?.toString('latin1') ?? ''
      let font = new Map<string, string>()
      for (const op of content.matchAll(
        /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]]|\n)*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
      )) {
        if (op[1]) {
          const obj = fonts.get(op[1])
          font = obj === undefined ? new Map() : fontMap(obj)
          continue
        }
        const hexes =
          op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[3]!]
        for (const hex of hexes) {
          for (const code of hex.match(/.{4}/g) ?? []) text += font.get(code.toUpperCase()) ?? ''
        }
        text += ' '
      }
    }
    pages.push({ width: Number(box?.[3] ?? 0), height: Number(box?.[4] ?? 0), text })
  }
  return { pages }
}

/** All text of a printed PDF, page after page. */
export function pdfText(pdf: Buffer): string {
  return readPdf(pdf)
    .pages.map((page) => page.text)
    .join('\n')
}
