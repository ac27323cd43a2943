/** Small helpers for the benchmark: percentiles, timing, byte sizes and a printed table. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

export function timeEach<T>(inputs: T[], run: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = performance.now()
    run(input)
    return performance.now() - start
  })
}

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export function sizes(body: Buffer): Sizes {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`

export function printTable(rows: [string, string, string?][]): void {
  const width = Math.max(...rows.map(([name]) => name.length))
  const valueWidth = Math.max(...rows.map(([, value]) => value.length))
  for (const [name, value, note] of rows) {
    console.log(`${name.padEnd(width)}  ${value.padStart(valueWidth)}${note ? `  ${note}` : ''}`)
  }
}
