/**
 * The site file's accent colours colour rules, marks and icons on the page (src/styles/_theme.scss),
 * and on some buttons the accent colours text: so each must reach 4.5:1 (WCAG 2.1 AA for text)
 * against its theme's background, white in light mode and black in dark mode.
 */
import type { CheckedDoc } from '../check.ts'

type Fail = (doc: CheckedDoc, field: string, message: string) => void

const MIN_CONTRAST = 4.5

/** Relative luminance of a "#rrggbb" colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const BACKGROUNDS = { light: ['#ffffff', 'white'], dark: ['#000000', 'black'] } as const

/** `site` is the leading language's site file: colours are data, the same in every language. */
export function checkThemeContrast(site: CheckedDoc, fail: Fail) {
  const colours = site.data.themeColor as { light: string; dark: string } | undefined
  if (!colours) return
  for (const mode of ['light', 'dark'] as const) {
    const [background, name] = BACKGROUNDS[mode]
    const ratio = contrast(colours[mode], background)
    if (ratio < MIN_CONTRAST)
      fail(
        site,
        `themeColor.${mode}`,
        `"${colours[mode]}" has a contrast of ${ratio.toFixed(2)}:1 against the ${name} background of ${mode} mode; it needs at least ${MIN_CONTRAST}:1, choose a ${mode === 'light' ? 'darker' : 'lighter'} colour`,
      )
  }
}
