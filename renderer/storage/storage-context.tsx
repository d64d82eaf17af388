import { createContext, useContext, type ReactNode } from 'react';
import { getDatabase, type OmnibusDb } from './database';

const DatabaseContext = createContext<OmnibusDb | null>(null);

// Optional: the hooks use the app's database unless a provider (tests, previews) gives another.
export function StorageProvider({ db, children }: { db: OmnibusDb; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): OmnibusDb {
  return useContext(DatabaseContext) ?? getDatabase();
}
