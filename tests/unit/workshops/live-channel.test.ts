import { describe, expect, it } from 'vitest'
import { liveHello, liveState, readLiveMessage } from '../../../src/lib/live-channel'
import type { WorkshopItem } from '../../../src/model'

const item = (id: string, title: string, minutes: number): WorkshopItem => ({
  ...{ id, kind: 'text', title, minutes, responsible: '', notes: '', optional: false },
})
const workshop = {
  id: 'w-1',
  timer: { index: 1, runningSince: 1_000, elapsedMs: 500, targetEnd: 9_000 },
  items: [
    item('a', 'Ankommen', 10),
    { ...item('b', 'Fishbowl', 30), kind: 'method' as const, methodId: 'fishbowl' },
  ],
}

describe('messages between presenter and projector', () => {
  it('carries the timer and the items, and reads back what it sent', () => {
    const message = liveState(workshop)
    // postMessage clones it: a plain copy, not the presenter's own objects.
    expect(message.timer).not.toBe(workshop.timer)
    expect(structuredClone(message)).toEqual(message)
    expect(readLiveMessage(structuredClone(message), 'w-1')).toEqual({
      type: 'live-state',
      version: 1,
      workshopId: 'w-1',
      timer: workshop.timer,
      items: workshop.items,
    })
    expect(readLiveMessage(liveState({ ...workshop, timer: null }), 'w-1')).toMatchObject({ timer: null })
    expect(readLiveMessage(liveHello('w-1'), 'w-1')).toEqual(liveHello('w-1'))
  })

  it('ignores messages of another workshop, another version or a broken shape', () => {
    const message = liveState(workshop)
    expect(readLiveMessage(message, 'w-2')).toBeNull()
    expect(readLiveMessage(liveHello('w-2'), 'w-1')).toBeNull()
    expect(readLiveMessage({ ...message, version: 2 }, 'w-1')).toBeNull()
    expect(readLiveMessage({ ...message, type: 'other' }, 'w-1')).toBeNull()
    expect(readLiveMessage({ ...message, timer: { ...workshop.timer, index: -1 } }, 'w-1')).toBeNull()
    expect(
      readLiveMessage({ ...message, timer: { ...workshop.timer, runningSince: 'now' } }, 'w-1'),
    ).toBeNull()
    expect(readLiveMessage({ ...message, items: [{ id: 'a' }] }, 'w-1')).toBeNull()
    expect(readLiveMessage({ ...message, items: 'a' }, 'w-1')).toBeNull()
    for (const junk of [null, 'live-state', 42, [], {}]) expect(readLiveMessage(junk, 'w-1')).toBeNull()
  })

  it('fills what an item lacks as a stored item would have it', () => {
    const read = readLiveMessage(
      { ...liveState(workshop), items: [{ id: 'x', title: 'Pause', kind: 'nap' }] },
      'w-1',
    )
    expect(read).toMatchObject({
      items: [
        { id: 'x', title: 'Pause', kind: 'text', minutes: 0, responsible: '', notes: '', optional: false },
      ],
    })
  })
})
