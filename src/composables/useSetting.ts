import { computed } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { SETTING_DEFAULTS, type SettingKey, type SettingValue } from '@/model'

/**
 * One setting of this device (see `@/model/settings` for every key and its default), kept live
 * across tabs. `ready` turns true once the stored value was read; until then `value` is the default.
 */
export function useSetting<K extends SettingKey>(key: K) {
  const { data, ready } = useLiveQuery(key, (k, repos) => repos.settings.get(k), SETTING_DEFAULTS[key])
  return {
    value: computed(() => data.value as SettingValue<K>),
    ready,
    set: async (value: SettingValue<K>) => (await loadRepositories()).settings.set(key, value),
  }
}
