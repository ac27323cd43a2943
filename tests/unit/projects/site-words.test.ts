/**
 * Another handbook's site file: its words reach the project pages. The site modules are replaced
 * before the UI texts load, as a build of that handbook would produce them.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { siteTexts, siteToolTexts } from '../../../build/content/site'
import { loadFixture } from '../content/fixture'

const vorhaben = loadFixture((write) => {
  write.replace('de/site.md', 'singular: Maßnahme', 'singular: Vorhaben')
  write.replace('de/site.md', 'plural: Maßnahmen', 'plural: Vorhaben')
  write.replace('de/site.md', 'subject: die Maßnahme', 'subject: das Vorhaben')
  write.replace('de/site.md', 'object: die Maßnahme', 'object: das Vorhaben')
  write.replace('de/site.md', 'genitive: der Maßnahme', 'genitive: des Vorhabens')
  write.replace('de/site.md', 'indefinite: eine Maßnahme', 'indefinite: ein Vorhaben')
  write.replace('de/site.md', '  massnahmenteam: Maßnahmenteam\n', '  kernteam: Kernteam\n')
  write.replace('en/site.md', '  massnahmenteam: Measure team\n', '  kernteam: Core team\n')
  write.replace('de/site.md', '  support-team: GD:B-Support-Team\n', '')
  write.replace('en/site.md', '  support-team: GD:B support team\n', '')
})

describe('a handbook that says "Vorhaben"', () => {
  it('labels the project title and lists its own team roles', async () => {
    expect(vorhaben.messages).toEqual([])
    const site = vorhaben.sites.de!
    vi.resetModules()
    vi.doMock('virtual:handbook/de/site', () => ({ default: siteTexts(site, vorhaben.handbooks.de) }))
    vi.doMock('virtual:handbook/de/site-tools', () => ({ default: siteToolTexts(site) }))
    const { i18n, loadToolTexts, setLang, t } = await import('../../../src/app/i18n')
    await setLang('de')
    await loadToolTexts()
    const { repositories } = await import('../../../src/db')
    const team = await repositories().teams.create('Team Stadtgrün')
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
    })
    const global = { plugins: [i18n, createPinia(), router] }

    const { default: ProjectCreateForm } =
      await import('../../../src/features/projects/components/ProjectCreateForm.vue')
    const form = mount(ProjectCreateForm, { props: { team }, global })
    expect(form.find('label').text()).toBe('Titel des Vorhabens')
    expect(t('projects.entry.groups.maturity')).toBe('Wie weit ist das Vorhaben?')
    expect(t('reader.description.toProjects')).toBe('Ein Vorhaben anlegen und die Beschreibung ausfüllen')

    const { default: TeamMembers } = await import('../../../src/features/projects/components/TeamMembers.vue')
    const members = mount(TeamMembers, { props: { team }, global })
    await flushPromises()
    const options = members.findAll('option').map((o) => o.text())
    expect(options[0]).toBe('Kernteam')
    expect(options).not.toContain('GD:B-Support-Team')
    vi.doUnmock('virtual:handbook/de/site')
    vi.doUnmock('virtual:handbook/de/site-tools')
  })
})
