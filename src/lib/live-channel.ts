/**
 * Messages between the presenter's window and the projector window of a live session, sent over a
 * BroadcastChannel (same device, same origin, no server). The stored workshop stays the source of
 * truth; a message only brings a change to the projector before storage reports it. Anything
 * received is checked, since another version of the app may share the channel.
 */
import type { Workshop, WorkshopItem, WorkshopItemKind, WorkshopTimer } from '@/model'

export const LIVE_CHANNEL = 'handbuch-live-session'
const VERSION = 1

/** The presenter's state: what the projector needs to show the timer, the item and the next one. */
export interface LiveStateMessage {
  type: 'live-state'
  version: typeof VERSION
  workshopId: string
  timer: WorkshopTimer | null
  items: WorkshopItem[]
}

/** Sent by a projector that just opened, so the presenter answers with its state at once. */
export interface LiveHelloMessage {
  type: 'live-hello'
  version: typeof VERSION
  workshopId: string
}

export type LiveMessage = LiveStateMessage | LiveHelloMessage

/** A plain copy (no reactive proxies: postMessage clones it) of the parts the projector shows. */
export function liveState(workshop: Pick<Workshop, 'id' | 'timer' | 'items'>): LiveStateMessage {
  return {
    type: 'live-state',
    version: VERSION,
    workshopId: workshop.id,
    timer: workshop.timer ? { ...workshop.timer } : null,
    items: workshop.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      ...(item.methodId === undefined ? {} : { methodId: item.methodId }),
      title: item.title,
      minutes: item.minutes,
      responsible: item.responsible,
      notes: item.notes,
      optional: item.optional,
    })),
  }
}

export function liveHello(workshopId: string): LiveHelloMessage {
  return { type: 'live-hello', version: VERSION, workshopId }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const KINDS: readonly WorkshopItemKind[] = ['method', 'welcome', 'break', 'check-in', 'text']

function readTimer(value: unknown): WorkshopTimer | null | undefined {
  if (value === null) return null
  if (!isRecord(value)) return undefined
  const { index, runningSince, elapsedMs, targetEnd } = value
  if (!isNumber(index) || index < 0 || !isNumber(elapsedMs) || !isNumber(targetEnd)) return undefined
  if (runningSince !== null && !isNumber(runningSince)) return undefined
  return { index: Math.floor(index), runningSince, elapsedMs, targetEnd }
}

function readItem(value: unknown): WorkshopItem | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') return undefined
  const kind = KINDS.find((k) => k === value.kind) ?? 'text'
  return {
    id: value.id,
    kind,
    ...(typeof value.methodId === 'string' ? { methodId: value.methodId } : {}),
    title: value.title,
    // Minutes are checked where they are used (usableMinutes), as for stored items.
    minutes: typeof value.minutes === 'number' ? value.minutes : 0,
    responsible: typeof value.responsible === 'string' ? value.responsible : '',
    notes: typeof value.notes === 'string' ? value.notes : '',
    optional: value.optional === true,
  }
}

/** The message if it is one of ours and about this workshop, else null. */
export function readLiveMessage(data: unknown, workshopId: string): LiveMessage | null {
  if (!isRecord(data) || data.version !== VERSION || data.workshopId !== workshopId) return null
  if (data.type === 'live-hello') return liveHello(workshopId)
  if (data.type !== 'live-state' || !Array.isArray(data.items)) return null
  const timer = readTimer(data.timer)
  const items = data.items.map(readItem)
  if (timer === undefined || items.some((item) => item === undefined)) return null
  return { type: 'live-state', version: VERSION, workshopId, timer, items: items as WorkshopItem[] }
}
