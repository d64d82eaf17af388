// Shared by every unit test: IndexedDB for Dexie in Node.
import 'fake-indexeddb/auto';
