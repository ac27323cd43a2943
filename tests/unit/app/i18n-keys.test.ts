/**
 * Type-level tests of the message keys: `vue-tsc --build` fails if `t` stops rejecting a wrong key
 * (the `@ts-expect-error` lines then have no error to expect) or if a catalogue loses a key.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { t, type MessageKey } from '../../../src/app/i18n'
import type shellDe from '../../../src/app/messages/de'
import type shellEn from '../../../src/app/messages/en'
import type toolsDe from '../../../src/app/messages/tools-de'
import type toolsEn from '../../../src/app/messages/tools-en'
import type { LogbookKind, StepStatus } from '../../../src/model'

describe('message keys', () => {
  it('are the paths to the texts of both German bundles, shell and tools', () => {
    expectTypeOf(t).parameter(0).toEqualTypeOf<MessageKey>()
    expectTypeOf<'app.name'>().toExtend<MessageKey>()
    expectTypeOf<'projects.overview.status.done'>().toExtend<MessageKey>()
    expectTypeOf<'app.nmae'>().not.toExtend<MessageKey>()
    // A group of texts is not a text.
    expectTypeOf<'projects.overview.status'>().not.toExtend<MessageKey>()
    expectTypeOf<string>().not.toExtend<MessageKey>()
  })

  it('built from a template, type-check only when every value of the union names a text', () => {
    expectTypeOf<`projects.overview.status.${StepStatus}`>().toExtend<MessageKey>()
    expectTypeOf<`projects.logbook.kinds.${LogbookKind}`>().toExtend<MessageKey>()
    // The quick capture has texts for the three kinds the team writes, not for the automatic ones.
    expectTypeOf<`workshopPlanner.capture.kinds.${LogbookKind}`>().not.toExtend<MessageKey>()
    expectTypeOf<`methods.levels.${string}`>().not.toExtend<MessageKey>()
  })

  it('are rejected by t when misspelt, incomplete or unknown', () => {
    // Only type-checked, never run: a wrong key would just come back as itself.
    const wrong = (status: StepStatus, kind: LogbookKind, anything: string) => [
      // @ts-expect-error misspelt
      t('app.nmae'),
      // @ts-expect-error a group, not a text
      t('projects.overview.status'),
      // @ts-expect-error 'blocked' is not a step status text
      t(`projects.overview.status.${status === 'done' ? 'blocked' : status}`),
      // @ts-expect-error not every logbook kind is a capture kind
      t(`workshopPlanner.capture.kinds.${kind}`),
      // @ts-expect-error a plain string could be anything
      t(`methods.levels.${anything}`),
    ]
    expect(wrong).toBeTypeOf('function')
  })
})

describe('the English catalogues', () => {
  it('have exactly the keys of the German ones, bundle by bundle', () => {
    expectTypeOf<typeof shellEn>().toEqualTypeOf<typeof shellDe>()
    expectTypeOf<typeof toolsEn>().toEqualTypeOf<typeof toolsDe>()
  })
})
