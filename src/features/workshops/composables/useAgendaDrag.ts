import { ref } from 'vue'

/**
 * Pointer reordering of the agenda with the browser's own drag and drop: no library and no bytes,
 * and the move buttons remain the way for keyboards, screen readers and touch screens.
 */
export function useAgendaDrag(move: (from: number, to: number) => void) {
  /** The row being dragged and the row it would land on, for the styles. */
  const dragging = ref<number | null>(null)
  const target = ref<number | null>(null)

  function start(event: DragEvent, index: number, id: string) {
    dragging.value = index
    const transfer = event.dataTransfer
    if (!transfer) return
    // Some browsers start a drag only when it carries data.
    transfer.setData('text/plain', id)
    transfer.effectAllowed = 'move'
    // The handle alone would be a tiny ghost: show the whole row under the pointer.
    const row = (event.target as HTMLElement).closest('li')
    if (row) transfer.setDragImage(row, 16, 16)
  }

  function over(event: DragEvent, index: number) {
    if (dragging.value === null) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move'
    target.value = index
  }

  function drop(index: number) {
    if (dragging.value !== null) move(dragging.value, index)
    end()
  }

  function end() {
    dragging.value = null
    target.value = null
  }

  return { dragging, target, start, over, drop, end }
}
