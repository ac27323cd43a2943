// Every test gets a fresh in-memory IndexedDB, as a browser would give a new profile.
import 'fake-indexeddb/auto'
import { loadToolTexts, setLang } from '@/app/i18n'

// The app loads English and the tool texts on demand; tests switch languages synchronously.
await loadToolTexts()
await setLang('en')
await setLang('de')
