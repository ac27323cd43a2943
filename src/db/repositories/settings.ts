import type { HandbookDatabase } from '../database'

/** Small values kept on this device, such as the current team or the time of the last backup. */
export class SettingRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value })
  }
}
