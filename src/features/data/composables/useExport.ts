import { useSetting } from '@/composables/useSetting'
import { loadRepositories } from '@/db/live'
import { createExport, encodeText, exportFileName, type ExportScope } from '@/lib/transfer'

export interface ExportChoice {
  scope: ExportScope
  id: string
}

/** Turning a team or a project into a file or a text (the choices: useTeamsWithProjects). */
export function useExport() {
  const lastBackup = useSetting('lastBackupAt')

  async function build(choice: ExportChoice) {
    const { transfer } = await loadRepositories()
    const found = await transfer.collectWithDocuments(choice.scope, choice.id)
    if (!found) throw new Error('Nothing to export')
    const { data, documents } = found
    const doc = createExport(choice.scope, choice.id, data, __APP_VERSION__, undefined, documents)
    const name = (choice.scope === 'team' ? data.teams[0]?.name : data.projects[0]?.title) ?? choice.id
    return {
      doc,
      json: JSON.stringify(doc, null, 1),
      fileName: exportFileName(choice.scope, name, doc.exportedAt),
    }
  }

  const markBackup = (at: string) => lastBackup.set(at)

  async function saveFile(choice: ExportChoice): Promise<string> {
    const { doc, json, fileName } = await build(choice)
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    await markBackup(doc.exportedAt)
    return fileName
  }

  async function asText(choice: ExportChoice): Promise<string> {
    const { doc, json } = await build(choice)
    const text = await encodeText(json)
    await markBackup(doc.exportedAt)
    return text
  }

  return { saveFile, asText }
}
