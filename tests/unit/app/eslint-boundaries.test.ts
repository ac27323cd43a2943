// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The lint rules of eslint.boundaries.js, tried on small files placed where the rule applies. */
const eslint = new ESLint({ cwd: process.cwd() })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter(
      (m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals',
    )
    .map((m) => m.message)
}

const vue = (script: string) =>
  `<script setup lang="ts">\n${script}\n</script>\n\n<template><p /></template>\n`

// The first lint loads the TypeScript and Vue parsers: seconds on a busy machine.
describe('architecture rules in the lint', { timeout: 60_000 }, () => {
  it('refuses a component that imports the storage layer', async () => {
    const found = await problems(
      'src/features/projects/components/Probe.vue',
      vue("import { loadRepositories } from '@/db/live'\nvoid loadRepositories"),
    )
    expect(found.join()).toContain('not from @/db')
  })

  it('refuses Dexie outside src/db and allows it inside', async () => {
    const code = "import Dexie from 'dexie'\nexport const db = Dexie\n"
    expect((await problems('src/features/methods/probe.ts', code)).join()).toContain('Only src/db/')
    expect(await problems('src/db/probe.ts', code)).toEqual([])
  })

  it('keeps src/lib free of Vue, of features and of the DOM', async () => {
    expect(
      (await problems('src/lib/probe.ts', "import { ref } from 'vue'\nexport const r = ref(1)\n")).join(),
    ).toContain('plain TypeScript')
    expect(
      (
        await problems('src/lib/probe.ts', "import { paths } from '@/app/paths'\nexport const p = paths\n")
      ).join(),
    ).toContain('plain TypeScript')
    expect(
      (await problems('src/lib/probe.ts', 'export const title = () => document.title\n')).join(),
    ).toContain('DOM layer')
  })

  it('keeps shared components out of the features', async () => {
    const found = await problems(
      'src/components/Probe.vue',
      vue("import { useTeams } from '@/features/projects'\nvoid useTeams"),
    )
    expect(found.join()).toContain('do not depend on a feature')
  })

  it("lets a feature use another only through that one's index.ts", async () => {
    const internals =
      "import AddToWorkshopButton from '@/features/workshops/components/AddToWorkshopButton.vue'\nexport { AddToWorkshopButton }\n"
    expect((await problems('src/features/methods/probe.ts', internals)).join()).toContain('index.ts')
    const index =
      "import { AddToWorkshopButton } from '@/features/workshops'\nexport { AddToWorkshopButton }\n"
    expect(await problems('src/features/methods/probe.ts', index)).toEqual([])
    const own =
      "import { useLibrary } from '@/features/methods/composables/useLibrary'\nexport { useLibrary }\n"
    expect(await problems('src/features/methods/probe.ts', own)).toEqual([])
  })
})
