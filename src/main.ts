import { createApp } from 'vue'
import App from './App.vue'
import { install as installI18n } from './app/i18n'
import { install as installPinia } from './app/pinia'
import { install as installRouter, router } from './app/router'
import 'virtual:handbook/site.css'
import './styles/app.scss'

const app = createApp(App)
installPinia(app)
const textsLoaded = installI18n(app)
installRouter(app)
// Mount once the texts of the starting language and the first page (with its part of the
// handbook) are here: the page then appears whole, and nothing below it jumps when it arrives.
void Promise.all([textsLoaded, router.isReady()]).then(() => app.mount('#app'))
