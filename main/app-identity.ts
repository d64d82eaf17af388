// Fixed from the first release: changing any of these orphans every user's IndexedDB
// (Chromium keys storage by origin, Electron keys the profile folder by app name).
export const APP_NAME = 'Omnibus';
export const APP_ID = 'org.unodc.omnibus';
export const USER_DATA_DIR_NAME = 'Omnibus';
export const APP_SCHEME = 'omnibus';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
