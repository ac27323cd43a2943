// The floor: the least a Vue + vue-router + Pinia app can ship. Built with the app's Vite settings,
// it tells how much of our initial JavaScript is the framework and how much is ours.
import { createPinia, defineStore } from 'pinia'
import { createApp, h } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'

const useStore = defineStore('floor', { state: () => ({ title: 'Handbuch interaktiv' }) })
const Home = { setup: () => () => h('h1', useStore().title) }
const router = createRouter({
  history: createWebHistory(),
  routes: [{ path: '/:any(.*)*', component: Home }],
})
createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(router)
  .mount('#app')
