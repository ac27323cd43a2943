import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { createInvitation, stopSharing } from '@/sync'
import { teamSyncSetting, type TeamSyncSetting } from '@/sync/settings'

/**
 * Whether a team is shared from this device, and through which server (the device-local setting
 * `sync.team.<teamId>`). `reload` after sharing; `stop` ends sharing and keeps every record.
 */
export function useTeamSharing(team: MaybeRefOrGetter<{ id: string; name: string }>) {
  const sharing = shallowRef<TeamSyncSetting | null>(null)
  const ready = shallowRef(false)
  let generation = 0

  async function reload() {
    const own = ++generation
    const found = await teamSyncSetting(toValue(team).id)
    if (own !== generation) return
    sharing.value = found
    ready.value = true
  }

  watch(
    () => toValue(team).id,
    () => {
      sharing.value = null
      ready.value = false
      reload().catch((err: unknown) => console.error(err))
    },
    { immediate: true },
  )

  return {
    sharing,
    ready,
    reload,
    /** The invitation link again, from the stored server and secret. */
    invitation: () => {
      const found = sharing.value
      if (!found) return null
      const { id, name } = toValue(team)
      return createInvitation({ server: found.server, teamId: id, teamName: name, secret: found.secret })
    },
    stop: async () => {
      await stopSharing(toValue(team).id)
      await reload()
    },
  }
}
