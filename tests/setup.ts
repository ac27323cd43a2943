// Every test gets a fresh in-memory IndexedDB, as a browser would give a new profile.
import 'fake-indexeddb/auto'
import { setLang } from '@/app/i18n'

// The English texts load on demand in the app; tests switch languages synchronously.
await setLang('en')
await setLang('de')
