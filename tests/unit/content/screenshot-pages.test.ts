import { describe, expect, it } from 'vitest'
import { screenshotPages } from '../../../scripts/screenshot-pages'
import { FOUR_PHASES, loadFixture } from './fixture'

/** The README's screenshots show pages found in the content, so the script serves any handbook. */
describe('the screenshot pages', () => {
  it("are the Berlin handbook's first phase, in German", () => {
    const { handbooks } = loadFixture()
    const shots = screenshotPages(handbooks.de)
    expect(shots.map((s) => [s.file, s.path, s.locale])).toEqual([
      ['docs/screenshot.png', '/handbuch/phasen/vorprozess', 'de-DE'],
      ['docs/screenshot-phone.png', '/handbuch/phasen/vorprozess', 'de-DE'],
    ])
  })

  it("are another handbook's first phase, in its leading language", () => {
    const four = loadFixture(() => {}, true, FOUR_PHASES)
    expect(screenshotPages(four.handbooks.de).map((s) => s.path)).toEqual([
      '/handbuch/phasen/ankommen',
      '/handbuch/phasen/ankommen',
    ])
    const english = loadFixture((f) => f.remove('de'), true, FOUR_PHASES)
    expect(english.langs).toEqual(['en'])
    expect(screenshotPages(english.handbooks.en).map((s) => s.locale)).toEqual(['en-GB', 'en-GB'])
  })
})
