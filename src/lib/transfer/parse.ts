import { ImportError } from './errors'
import { FORMAT_ID, FORMAT_VERSION, MAX_IMPORT_BYTES, type ExportDocument } from './format'
import { migrate } from './migrations'
import { decodeText, looksLikeText } from './text'
import { checkPlainJson, isObject, validateCurrent } from './validate'

/**
 * Reads an export from a file's content or a pasted text, in either form (JSON or copy-paste
 * text). Returns a checked document of the current format version, or throws an ImportError.
 */
export async function readExport(input: string): Promise<ExportDocument> {
  if (input.length > MAX_IMPORT_BYTES) throw new ImportError('too-large')
  const json = looksLikeText(input) ? await decodeText(input) : input
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    // A JSON file cut off while copying still names our format near its start.
    throw new ImportError(json.includes(FORMAT_ID) ? 'damaged' : 'not-export')
  }
  if (!isObject(parsed) || parsed.format !== FORMAT_ID) throw new ImportError('not-export')
  const version = parsed.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('invalid-field', 'formatVersion', 'not-allowed')
  }
  if (version > FORMAT_VERSION) throw new ImportError('newer-format')
  checkPlainJson(parsed)
  return validateCurrent(migrate(parsed, FORMAT_VERSION))
}
