/**
 * One line per event on stdout (stderr for problems), as `key=value` pairs after the event name.
 * Callers pass team ids and reasons only: secrets, tokens and document contents are never logged.
 */
type Fields = Record<string, string | number | boolean | undefined>

export interface Logger {
  info(event: string, fields?: Fields): void
  warn(event: string, fields?: Fields): void
}

function line(event: string, fields: Fields): string {
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
  return [new Date().toISOString(), event, ...pairs].join(' ')
}

export const consoleLogger: Logger = {
  info: (event, fields = {}) => console.log(line(event, fields)),
  warn: (event, fields = {}) => console.error(line(event, fields)),
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} }
