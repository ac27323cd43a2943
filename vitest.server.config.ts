// The sync server's tests run in Node (no DOM, no app setup), one file at a time so that server
// instances, PostgreSQL tables and Redis channels of two files never meet.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
