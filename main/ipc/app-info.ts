import type { AppInfo } from './contract';

export function createAppInfoHandlers(info: () => AppInfo) {
  return {
    'app:get-info': () => Promise.resolve(info()),
  };
}
