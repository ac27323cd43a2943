import { computed, shallowRef } from 'vue'
import { useHandbookStore } from '@/content/store'
import { loadRepositories } from '@/db/live'
import {
  ImportError,
  MAX_IMPORT_BYTES,
  canMerge,
  planImport,
  previewImport,
  readExport,
  readExportFile,
  type ExportDocument,
  type ImportMode,
  type InputEncoding,
  type ImportPreview,
  type LocalMatches,
  type HandbookFacts,
} from '@/lib/transfer'
import type { ImportFailure } from '../import-error-text'

function describe(err: unknown): ImportFailure {
  if (err instanceof ImportError) {
    const { code, problem, detail, record, field } = err
    return { code, problem, detail, record, field }
  }
  const name = err instanceof Error ? err.name : ''
  const none = { problem: null, detail: {}, record: null, field: '' }
  // Dexie wraps the browser's errors; both name a full or unavailable storage like this.
  if (/Quota|Open|Database|InvalidState|Unknown|MissingAPI/.test(name)) return { code: 'storage', ...none }
  return { code: 'unknown', ...none }
}

/** Reading a backup, previewing it and applying it in one transaction. */
export function useImport() {
  const reading = shallowRef(false)
  const applying = shallowRef(false)
  const failure = shallowRef<ImportFailure | null>(null)
  const pending = shallowRef<{
    doc: ExportDocument
    local: LocalMatches
    preview: ImportPreview
    encoding: InputEncoding
  } | null>(null)
  const doneName = shallowRef('')
  const doneMerged = shallowRef(false)
  const store = useHandbookStore()

  /** The handbook's question types and phase count, which a backup's answers and phases are checked against. */
  async function handbookFacts(): Promise<HandbookFacts> {
    await store.ensure(['steps', 'phases'])
    const book = store.get(['steps', 'phases'])
    const steps = book?.steps ?? []
    return {
      questions: new Map(steps.flatMap((step) => step.questions.map((q) => [q.id, q.type] as const))),
      phaseCount: Math.max(1, ...(book?.phases ?? []).map((p) => p.number)),
    }
  }

  async function read(input: string | File): Promise<void> {
    reading.value = true
    failure.value = null
    pending.value = null
    doneName.value = ''
    try {
      if (typeof input !== 'string' && input.size > MAX_IMPORT_BYTES) throw new ImportError('too-large')
      // A file is read as bytes, so its encoding is detected rather than assumed (`File.text()`
      // would turn a Latin-1 "ü" into "�" without a word).
      const handbook = await handbookFacts()
      const { doc, encoding } =
        typeof input === 'string'
          ? { doc: await readExport(input, handbook), encoding: 'utf-8' as const }
          : await readExportFile(new Uint8Array(await input.arrayBuffer()), handbook)
      const { transfer } = await loadRepositories()
      transfer.checkDocuments(doc)
      const local = await transfer.findMatches(doc.data)
      // What a merge would change, when this device has the file's team or project (format 3).
      const merge = canMerge(doc, local) ? await transfer.previewMerge(doc) : null
      pending.value = { doc, local, preview: { ...previewImport(doc, local), merge }, encoding }
    } catch (err) {
      failure.value = describe(err)
    } finally {
      reading.value = false
    }
  }

  async function apply(mode: ImportMode): Promise<boolean> {
    const current = pending.value
    // A second click while a large backup is being written waits for the first.
    if (!current || applying.value) return false
    applying.value = true
    try {
      const { transfer } = await loadRepositories()
      if (mode === 'merge') await transfer.merge(current.doc)
      else await transfer.apply(planImport(current.doc, current.local, mode, () => crypto.randomUUID()))
      doneName.value = current.preview.name
      doneMerged.value = mode === 'merge'
      pending.value = null
      return true
    } catch (err) {
      console.error(err)
      failure.value = describe(err)
      return false
    } finally {
      applying.value = false
    }
  }

  return {
    reading,
    applying,
    failure,
    preview: computed(() => pending.value?.preview ?? null),
    /** How the file was read; anything but UTF-8 is named in the preview. */
    encoding: computed(() => pending.value?.encoding ?? 'utf-8'),
    doneName,
    /** Whether the last import was a merge, which the result names as such. */
    doneMerged,
    read,
    apply,
    cancel: () => {
      pending.value = null
    },
  }
}
