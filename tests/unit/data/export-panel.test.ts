/**
 * Exporting a large team takes seconds: the data page says so while it works, a second click does
 * not start a second export, and a failed export says so instead of leaving the page silent.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import { HandbookDatabase, repositories } from '../../../src/db'
import ExportPanel from '../../../src/features/data/components/ExportPanel.vue'

const saveFile = vi.fn<() => Promise<string>>()
vi.mock('../../../src/features/data/composables/useExport', () => ({
  useExport: () => ({ saveFile, asText: vi.fn() }),
}))

const db = new HandbookDatabase()
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000 })

beforeEach(async () => {
  i18n.global.locale.value = 'de'
  await db.teams.clear()
  await repositories().teams.create('Team Stadtgrün')
})
afterEach(() => {
  saveFile.mockReset()
  vi.restoreAllMocks()
})

async function mountPanel() {
  const wrapper = mount(ExportPanel, { global: { plugins: [i18n] }, attachTo: document.body })
  await until(() => expect(wrapper.find('select').text()).toContain('Team „Team Stadtgrün“ mit allem'))
  return wrapper
}
const button = (wrapper: Awaited<ReturnType<typeof mountPanel>>, name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name)!

describe('the export panel', () => {
  it('says that it works, starts one export for two clicks, and names the file', async () => {
    let finish: (name: string) => void = () => {}
    saveFile.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    const wrapper = await mountPanel()
    await button(wrapper, 'Als Datei speichern').trigger('click')
    await button(wrapper, 'Als Datei speichern').trigger('click')
    expect(wrapper.get('[role="status"]:last-of-type').text()).toBe('Die Sicherung wird erstellt …')
    expect(saveFile).toHaveBeenCalledTimes(1)
    finish('team-stadtgruen.json')
    await flushPromises()
    expect(wrapper.get('[role="status"]:last-of-type').text()).toBe(
      'Die Datei „team-stadtgruen.json“ wurde erstellt.',
    )
    wrapper.unmount()
  })

  it('says when an export failed, and that nothing changed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    saveFile.mockRejectedValue(new Error('Nothing to export'))
    const wrapper = await mountPanel()
    await button(wrapper, 'Als Datei speichern').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Die Sicherung konnte nicht erstellt werden.')
    expect(wrapper.get('[role="status"]:last-of-type').text()).toBe('')
    wrapper.unmount()
  })
})
