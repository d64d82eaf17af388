import { APP_ORIGIN } from './app-identity';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Compared as parsed origins, never by string prefix: `omnibus://app.evil` must not pass.
export function isAppUrl(url: string, devServerOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.origin === APP_ORIGIN || `${parsed.protocol}//${parsed.host}` === APP_ORIGIN) {
    return true;
  }
  return devServerOrigin !== undefined && parsed.origin === new URL(devServerOrigin).origin;
}

// Only web and mail links may leave the app, and only to the system browser.
export function isExternalLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && ['https:', 'http:', 'mailto:'].includes(parsed.protocol);
}
