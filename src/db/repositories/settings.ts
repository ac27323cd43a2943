import type { HandbookDatabase } from '../database'
import { settingValue, type SettingKey, type SettingValue } from '@/model'

/** Small values kept on this device, such as the current team or the time of the last backup. */
export class SettingRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    return settingValue(key, (await this.db.settings.get(key))?.value)
  }

  async set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
    await this.db.settings.put({ key, value })
  }
}
