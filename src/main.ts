import { createApp } from 'vue'
import App from './App.vue'
import { install as installI18n } from './app/i18n'
import { install as installPinia } from './app/pinia'
import { install as installRouter } from './app/router'
import './styles/base.css'

const app = createApp(App)
installPinia(app)
const textsLoaded = installI18n(app)
installRouter(app)
// The English texts load on demand; mount once the starting language can be shown.
void textsLoaded.then(() => app.mount('#app'))
