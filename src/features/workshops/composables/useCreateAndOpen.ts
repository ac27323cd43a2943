import { ref } from 'vue'
import { useRouter } from 'vue-router'
import { paths } from '@/app/paths'

/**
 * Creating a workshop from somewhere (a step, a collection, a template) and opening it in the
 * planner: `busy` while it is made, `failed` when it could not be (the button says so), nothing
 * half-done either way.
 */
export function useCreateAndOpen() {
  const router = useRouter()
  const busy = ref(false)
  const failed = ref(false)

  async function createAndOpen(create: () => Promise<{ id: string }>): Promise<void> {
    busy.value = true
    failed.value = false
    try {
      const workshop = await create()
      await router.push(paths.workshop(workshop.id))
    } catch (err) {
      console.error(err)
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, createAndOpen }
}
