/** New record ids and timestamps, in one place so tests can reason about them. */
export const newId = (): string => crypto.randomUUID()
export const now = (): string => new Date().toISOString()
