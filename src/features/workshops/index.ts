/**
 * What the workshops feature offers the rest of the app: the buttons that put methods into a
 * workshop (on a method card, on a wizard step and on a collection).
 */
export { default as AddToWorkshopButton } from './components/AddToWorkshopButton.vue'
export { default as PlanWorkshopButton } from './components/PlanWorkshopButton.vue'
export { default as PlanFromCollectionButton } from './components/PlanFromCollectionButton.vue'
