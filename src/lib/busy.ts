/**
 * Whether the app may reload itself now (for an update). Features that must not be interrupted,
 * such as a running workshop timer, hold a busy token while they run:
 *
 *   const release = holdBusy('workshop-timer')   // when the timer starts
 *   release()                                    // when it stops or the view unmounts
 *
 * Typing counts as busy too: a focused or recently edited text field (see `noteTyping`).
 */
const holders = new Map<symbol, string>()
let lastTypedAt = -Infinity

/** Quiet time after the last keystroke before a reload is allowed. */
export const TYPING_GRACE_MS = 5000

export function holdBusy(reason: string): () => void {
  const token = Symbol(reason)
  holders.set(token, reason)
  return () => {
    holders.delete(token)
  }
}

export function noteTyping(at = Date.now()): void {
  lastTypedAt = at
}

/** Reasons why now is a bad moment, empty when a reload would interrupt nobody. */
export function busyReasons(at = Date.now(), editing = false): string[] {
  const reasons = [...new Set(holders.values())]
  if (editing || at - lastTypedAt < TYPING_GRACE_MS) reasons.push('typing')
  return reasons
}

export function isBusy(at = Date.now(), editing = false): boolean {
  return busyReasons(at, editing).length > 0
}

/**
 * Runs `action` at once if nobody is busy, otherwise checks again every `intervalMs` until they
 * are done. Returns whether it ran at once (so the caller can say that it is waiting).
 */
export function runWhenIdle(
  action: () => void,
  busy: () => boolean = () => isBusy(),
  intervalMs = 2000,
): boolean {
  if (!busy()) {
    action()
    return true
  }
  const timer = setInterval(() => {
    if (busy()) return
    clearInterval(timer)
    action()
  }, intervalMs)
  return false
}
