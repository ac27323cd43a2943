import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLang } from '../../../src/app/i18n'
import ImportPreview from '../../../src/features/data/components/ImportPreview.vue'
import type { ImportPreview as Preview, MergeSummary } from '../../../src/lib/transfer'

const team = {
  key: 't1',
  table: 'teams' as const,
  label: 'Team Wärmeschutz',
  teamId: 't1',
  projectId: null,
  owner: '',
}

function preview(merge: MergeSummary | null): Preview {
  return {
    scope: 'team',
    name: 'Team Wärmeschutz',
    teamName: 'Team Wärmeschutz',
    exportedAt: '2026-11-30T10:00:00.000Z',
    appVersion: '0.1.0',
    counts: {
      teams: 1,
      members: 0,
      projects: 1,
      answers: 3,
      stepStates: 0,
      logbook: 1,
      favourites: 0,
      collections: 0,
      workshops: 0,
    },
    replaces: [team],
    overwrites: [],
    merge,
  }
}

const mountWith = (merge: MergeSummary | null) =>
  mount(ImportPreview, { props: { preview: preview(merge) }, global: { plugins: [i18n] } })

const SUMMARY: MergeSummary = {
  changes: [
    { table: 'answers', added: 2, changed: 1, removed: 0 },
    { table: 'logbook', added: 1, changed: 0, removed: 0 },
  ],
  separate: false,
}

afterEach(() => setLang('de'))

describe('the import preview of a file that can be merged', () => {
  it('names what a merge changes and offers it first', async () => {
    await setLang('de')
    const wrapper = mountWith(SUMMARY)
    const items = wrapper.findAll('[data-testid="import-merge"] li').map((li) => li.text())
    expect(items).toEqual(['2 neue Antworten', 'eine geänderte Antwort', 'ein neuer Logbuch-Eintrag'])
    expect(wrapper.find('[data-testid="import-merge"]').text()).toContain(
      'Team „Team Wärmeschutz“ gibt es schon auf diesem Gerät. Zusammenführen ändert hier:',
    )
    const labels = wrapper.findAll('button').map((b) => b.text())
    expect(labels.slice(0, 3)).toEqual(['Zusammenführen', 'Als Kopie übernehmen', 'Vorhandenes ersetzen'])
    await wrapper.findAll('button')[0]!.trigger('click')
    expect(wrapper.emitted('apply')).toEqual([['merge']])
  })

  it('says so in English too, and when nothing would change', async () => {
    await setLang('en')
    expect(
      mountWith(SUMMARY)
        .findAll('[data-testid="import-merge"] li')
        .map((li) => li.text()),
    ).toEqual(['2 new answers', 'one changed answer', 'one new logbook entry'])
    await setLang('de')
    expect(mountWith({ changes: [], separate: false }).find('[data-testid="import-merge"]').text()).toBe(
      'Alles aus der Datei ist schon auf diesem Gerät. Zusammenführen ändert nichts.',
    )
  })

  it('offers no merge for documents that began apart, and says why', async () => {
    await setLang('de')
    const wrapper = mountWith({ changes: SUMMARY.changes, separate: true })
    expect(wrapper.find('[data-testid="import-merge"]').text()).toContain(
      'Zusammenführen geht hier noch nicht',
    )
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Zusammenführen')
    expect(mountWith(null).find('[data-testid="import-merge"]').exists()).toBe(false)
  })
})
