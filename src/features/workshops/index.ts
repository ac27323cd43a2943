/**
 * What the workshops feature offers the rest of the app: the two buttons that put
 * methods into a workshop (on a method card and on a wizard step).
 */
export { default as AddToWorkshopButton } from './components/AddToWorkshopButton.vue'
export { default as PlanWorkshopButton } from './components/PlanWorkshopButton.vue'
