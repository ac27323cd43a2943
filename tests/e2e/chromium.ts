import { existsSync } from 'node:fs'

/**
 * The Chromium the end-to-end tests drive. Nothing is ever downloaded: an explicit CHROMIUM_PATH
 * wins, then Debian's package, then the Chromium that the npm package @sparticuz/chromium carries
 * inside itself (unpacked to /tmp on first use), so `npm ci && npm test` works on a bare machine.
 */
export async function chromiumPath(): Promise<string> {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH points to ${explicit}, which does not exist`)
    return explicit
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return sparticuz.executablePath()
}

/** Flags for a machine without internet: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
]
