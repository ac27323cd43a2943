/**
 * The favicon and the web manifest's icons of a handbook: the files its site file names (`icon`),
 * or, when it names none, the icon drawn from its short name and theme colour. Either way the
 * build writes them to fixed addresses, which index.html and the manifest link to.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HtmlTagDescriptor } from 'vite'
import type { Site } from '../../src/content/schema.ts'
import { formatError, type ContentError } from '../content/errors.ts'
import { iconPicture, iconPng, iconSvg } from './generated-icon.ts'
import { pngSize } from './png.ts'

export const FAVICON = 'favicon.svg'
/** The sizes of the drawn icon: what Android and the install prompt ask for. */
const DRAWN_SIZES = [192, 512]
/** Apple's home screen icon is 180 pixels; the smallest PNG from this size up serves it best. */
const TOUCH_ICON_SIZE = 180

export interface IconFile {
  /** Where the file goes, relative to the root of the built app. */
  fileName: string
  source: string | Buffer
}

export interface ManifestIcon {
  src: string
  sizes: string
  type: string
  purpose?: 'maskable'
}

export interface SiteIcons {
  files: IconFile[]
  manifest: ManifestIcon[]
  /** The link tags of index.html: the favicon and, with a PNG, Apple's home screen icon. */
  tags: HtmlTagDescriptor[]
}

const png = (prefix: string, size: number) => `icons/${prefix}-${size}.png`
const pngIcon = (fileName: string, size: number, maskable = false): ManifestIcon => ({
  src: `/${fileName}`,
  sizes: `${size}x${size}`,
  type: 'image/png',
  ...(maskable ? { purpose: 'maskable' } : {}),
})

/**
 * The icons of the handbook in `root` with this site file. Throws with the content check's messages
 * when a named file is missing or not what it should be.
 */
export function siteIcons(root: string, site: Site, siteFile = 'site.md'): SiteIcons {
  const errors = checkSiteIcon(root, siteFile, site).filter((e) => !e.warning)
  if (errors.length)
    throw new Error(`The handbook's icon is not valid:\n${errors.map(formatError).join('\n')}`)
  const files: IconFile[] = []
  const manifest: ManifestIcon[] = []
  const sizes: number[] = []
  if (site.icon) {
    const read = (path: string) => readFileSync(join(root, path))
    files.push({ fileName: FAVICON, source: read(site.icon.svg) })
    for (const path of site.icon.png) {
      const source = read(path)
      const size = pngSize(source)!.width
      files.push({ fileName: png('icon', size), source })
      manifest.push(pngIcon(png('icon', size), size))
      sizes.push(size)
    }
    if (site.icon.maskable) {
      const source = read(site.icon.maskable)
      const size = pngSize(source)!.width
      files.push({ fileName: png('maskable', size), source })
      manifest.push(pngIcon(png('maskable', size), size, true))
    }
    if (!site.icon.png.length) manifest.unshift({ src: `/${FAVICON}`, sizes: 'any', type: 'image/svg+xml' })
  } else {
    const picture = iconPicture(site)
    files.push({ fileName: FAVICON, source: iconSvg(picture) })
    for (const size of DRAWN_SIZES) {
      files.push({ fileName: png('icon', size), source: iconPng(picture, size) })
      manifest.push(pngIcon(png('icon', size), size))
      sizes.push(size)
    }
    const maskable = Math.max(...DRAWN_SIZES)
    files.push({
      fileName: png('maskable', maskable),
      source: iconPng(picture, maskable, { maskable: true }),
    })
    manifest.push(pngIcon(png('maskable', maskable), maskable, true))
  }
  const tags: HtmlTagDescriptor[] = [
    { tag: 'link', attrs: { rel: 'icon', href: `/${FAVICON}`, type: 'image/svg+xml' }, injectTo: 'head' },
  ]
  const touch = [...sizes].sort((a, b) => a - b).find((s) => s >= TOUCH_ICON_SIZE) ?? Math.max(...sizes)
  if (sizes.length)
    tags.push({
      tag: 'link',
      attrs: { rel: 'apple-touch-icon', href: `/${png('icon', touch)}` },
      injectTo: 'head',
    })
  return { files, manifest, tags }
}

/**
 * What the content check says about the icon of a site file: every named file must exist inside
 * the handbook folder, the SVG be an SVG, each PNG a square PNG of its own size.
 */
export function checkSiteIcon(root: string, siteFile: string, site: Pick<Site, 'icon'>): ContentError[] {
  const { icon } = site
  if (!icon) return []
  const problems: ContentError[] = []
  const fail = (field: string, message: string, warning = false) =>
    problems.push({ file: siteFile, field, message, ...(warning ? { warning } : {}) })
  const read = (field: string, path: string): Buffer | null => {
    const full = join(root, path)
    if (existsSync(full)) return readFileSync(full)
    fail(
      field,
      `the file "${path}" does not exist (paths start at the handbook folder, like assets/icon.svg)`,
    )
    return null
  }
  const svg = read('icon.svg', icon.svg)
  if (svg && !/<svg[\s>]/.test(svg.toString('utf8')))
    fail('icon.svg', `"${icon.svg}" is not an SVG file (it has no <svg> element)`)
  const seen = new Map<number, string>()
  const checkPng = (field: string, path: string, sizes?: Map<number, string>) => {
    const bytes = read(field, path)
    if (!bytes) return
    const size = pngSize(bytes)
    if (!size) return fail(field, `"${path}" is not a PNG file`)
    if (size.width !== size.height)
      return fail(field, `"${path}" is ${size.width} × ${size.height} pixels; an icon must be square`)
    const other = sizes?.get(size.width)
    if (other) return fail(field, `"${path}" has the same size (${size.width} pixels) as "${other}"`)
    sizes?.set(size.width, path)
  }
  icon.png.forEach((path, i) => checkPng(`icon.png[${i + 1}]`, path, seen))
  if (icon.maskable) checkPng('icon.maskable', icon.maskable)
  if (!icon.png.length)
    fail(
      'icon.png',
      'lists no PNG icon: home screens on iPhones and some Android phones need one (192 and 512 pixels); ' +
        '`npm run icons` draws them from the SVG',
      true,
    )
  return problems
}
