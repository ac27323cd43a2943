import { ImportError } from './errors'
import { FORMAT_ID, FORMAT_VERSION, MAX_IMPORT_BYTES, type ExportDocument } from './format'
import { decodeFile, prepareInput, type InputEncoding } from './input'
import { migrate } from './migrations'
import { decodeText } from './text'
import type { HandbookFacts } from './checks/v3'
import { checkPlainJson, isObject, validateCurrent } from './validate'

/** How every export this app writes begins, without whitespace (the exporter writes `format` first). */
const OPENING = `{"format":"${FORMAT_ID}"`

/** Whether JSON that does not parse is one of ours: it names the format, or stops before it could. */
function startsLikeExport(json: string): boolean {
  if (json.includes(FORMAT_ID)) return true
  const head = json.slice(0, 200).replace(/\s+/g, '')
  return head.length > 1 && OPENING.startsWith(head)
}

/** Whether JSON stops while a string, object or list is still open: cut off, not broken inside. */
function endsEarly(json: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const c = json[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  return inString || depth > 0
}

/**
 * Reads an export from a file's content or a pasted text, in either form (JSON or copy-paste
 * text). Returns a checked document of the current format version, or throws an ImportError.
 * `handbook` holds the question types and phase count of the handbook in use, which answers and
 * phases are checked against.
 */
export async function readExport(input: string, handbook?: HandbookFacts): Promise<ExportDocument> {
  if (input.length > MAX_IMPORT_BYTES) throw new ImportError('too-large')
  const prepared = prepareInput(input)
  const json = prepared.form === 'text' ? await decodeText(prepared.text) : prepared.json
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    if (!startsLikeExport(json)) throw new ImportError('not-export')
    throw new ImportError(endsEarly(json) ? 'truncated' : 'damaged')
  }
  if (!isObject(parsed) || parsed.format !== FORMAT_ID) throw new ImportError('not-export')
  const version = parsed.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('invalid-field', 'formatVersion', 'not-allowed')
  }
  if (version > FORMAT_VERSION) throw new ImportError('newer-format')
  checkPlainJson(parsed)
  return validateCurrent(migrate(parsed, FORMAT_VERSION), handbook)
}

/** Reads an export from a file's bytes; also says how the file was encoded, for the preview. */
export async function readExportFile(
  bytes: Uint8Array,
  handbook?: HandbookFacts,
): Promise<{ doc: ExportDocument; encoding: InputEncoding }> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('too-large')
  const { text, encoding } = decodeFile(bytes)
  return { doc: await readExport(text, handbook), encoding }
}
