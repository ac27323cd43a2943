/** What the handbook reader offers the rest of the app: the header's search. */
export { default as HeaderSearch } from './components/HeaderSearch.vue'
