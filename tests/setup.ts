// Every test gets a fresh in-memory IndexedDB, as a browser would give a new profile.
import 'fake-indexeddb/auto'
