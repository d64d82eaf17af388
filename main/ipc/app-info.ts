import type { MainLanguage } from '../strings';
import type { AppInfo } from './contract';

export function createAppInfoHandlers(
  info: () => AppInfo,
  setLanguage: (language: MainLanguage) => void,
) {
  return {
    'app:get-info': () => Promise.resolve(info()),
    // The renderer tells main its interface language, for the menu and native dialogs.
    'app:set-language': (language: MainLanguage) => {
      setLanguage(language);
      return Promise.resolve({ language });
    },
  };
}
