import { isExternalLink } from '../urls';

export interface ExternalDeps {
  confirm(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

// A link leaves the app only for the system browser, and only after the user agrees.
export async function openExternalWithConsent(
  deps: ExternalDeps,
  url: string,
): Promise<{ opened: boolean }> {
  if (!isExternalLink(url)) return { opened: false };
  if (!(await deps.confirm(url))) return { opened: false };
  await deps.openExternal(url);
  return { opened: true };
}

export function createExternalHandlers(deps: ExternalDeps) {
  return {
    'shell:open-external': (url: string) => openExternalWithConsent(deps, url),
  };
}
