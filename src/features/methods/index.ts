/**
 * What the methods feature offers the rest of the app: the current team's favourites and
 * collections (the workshop planner's method picker starts from them).
 */
export { useCollections } from './composables/useCollections'
export { useFavourites } from './composables/useFavourites'
