import { effectScope, onScopeDispose, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { sharedComposable } from '../../../src/composables/shared'

describe('sharedComposable', () => {
  it('sets up once for all callers and stops when the last one is gone', () => {
    let setups = 0
    let stops = 0
    const useCounter = sharedComposable(() => {
      setups += 1
      onScopeDispose(() => (stops += 1))
      return { count: ref(0) }
    })
    const first = effectScope()
    const second = effectScope()
    const a = first.run(useCounter)!
    const b = second.run(useCounter)!
    a.count.value = 5
    expect(b.count.value).toBe(5)
    expect(setups).toBe(1)

    first.stop()
    expect(stops).toBe(0)
    second.stop()
    expect(stops).toBe(1)

    const third = effectScope()
    expect(third.run(useCounter)!.count.value).toBe(0)
    expect(setups).toBe(2)
    third.stop()
  })
})
