import { describe, expect, it } from 'vitest'
import { backupDue, formatBytes } from '../../../src/lib/backup-reminder'

const day = 24 * 60 * 60 * 1000
const at = (d: number) => new Date(Date.UTC(2026, 10, 1) + d * day).toISOString()
const project = (created: number, updated: number) => ({ createdAt: at(created), updatedAt: at(updated) })

describe('backup reminder', () => {
  it('stays quiet without projects, and while work is younger than two weeks', () => {
    expect(backupDue(null, [], Date.parse(at(100)))).toBe(false)
    expect(backupDue(null, [project(0, 3)], Date.parse(at(13)))).toBe(false)
  })

  it('reminds two weeks after the first project when there never was a backup', () => {
    expect(backupDue(undefined, [project(0, 1)], Date.parse(at(14)))).toBe(true)
  })

  it('counts from the last backup, and only if something changed since', () => {
    expect(backupDue(at(10), [project(0, 9)], Date.parse(at(60)))).toBe(false)
    expect(backupDue(at(10), [project(0, 11)], Date.parse(at(23)))).toBe(false)
    expect(backupDue(at(10), [project(0, 11)], Date.parse(at(24)))).toBe(true)
  })

  it('gives the same answer for the span of first creation and last change as for all projects', () => {
    const all = [project(5, 9), project(0, 3), project(8, 12)]
    const span = [{ createdAt: at(0), updatedAt: at(12) }]
    for (const backup of [null, at(2), at(10), at(13)])
      for (const day of [10, 14, 20, 27, 40])
        expect(backupDue(backup, span, Date.parse(at(day)))).toBe(backupDue(backup, all, Date.parse(at(day))))
  })

  it('formats sizes for people', () => {
    expect(formatBytes(512, 'de')).toBe('512 B')
    expect(formatBytes(1_234_567, 'de')).toBe('1,2 MB')
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB')
  })
})
