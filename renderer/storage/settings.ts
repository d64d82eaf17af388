import type { OmnibusDb } from './database';
import type { Authorship, Settings } from './records';

export async function getSettings(db: OmnibusDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return {};
  const { key: _key, ...settings } = row;
  return settings;
}

export async function setSettings(db: OmnibusDb, patch: Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'settings', ...next });
    return next;
  });
}

// Who is writing now: stamped on every answer and change.
export async function currentAuthorship(db: OmnibusDb, language?: string): Promise<Authorship> {
  const settings = await getSettings(db);
  return {
    author: settings.userName ?? '',
    agency: settings.agency ?? '',
    language: language ?? settings.language ?? '',
  };
}
