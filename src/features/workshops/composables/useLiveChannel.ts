import { onScopeDispose, watch, type ShallowRef } from 'vue'
import type { Workshop } from '@/model'
import { LIVE_CHANNEL, liveHello, liveState, readLiveMessage } from '@/lib/live-channel'

/** The channel, or null in a browser without BroadcastChannel (the projector then follows storage). */
function openChannel(onMessage: (data: unknown) => void): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(LIVE_CHANNEL)
  channel.onmessage = (event: MessageEvent) => onMessage(event.data)
  onScopeDispose(() => channel.close())
  return channel
}

/**
 * The presenter's side: every change of the session (shown at once, before storage has it) goes
 * to the projector windows, and a projector that just opened gets the state on asking.
 */
export function usePresenterChannel(id: string, workshop: ShallowRef<Workshop | undefined>) {
  const send = () => workshop.value && channel?.postMessage(liveState(workshop.value))
  const channel = openChannel((data) => {
    if (readLiveMessage(data, id)?.type === 'live-hello') send()
  })
  watch(workshop, send)
}

/**
 * The projector's side: it shows the stored session on load (so a reload is right on its own) and
 * takes the presenter's state as it arrives. A later storage report overwrites it with the same.
 */
export function useProjectorChannel(id: string, workshop: ShallowRef<Workshop | undefined>) {
  const channel = openChannel((data) => {
    const message = readLiveMessage(data, id)
    if (message?.type !== 'live-state' || !workshop.value) return
    workshop.value = { ...workshop.value, timer: message.timer, items: message.items }
  })
  // Asked only once the stored session is here: an answer before that would have nothing to update.
  let asked = false
  watch(
    () => workshop.value !== undefined,
    (loaded) => {
      if (!loaded || asked) return
      asked = true
      channel?.postMessage(liveHello(id))
    },
    { immediate: true },
  )
}
