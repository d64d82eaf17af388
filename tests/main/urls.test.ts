import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalLink } from '../../main/urls';

describe('app origin check', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl('omnibus://app/index.html')).toBe(true);
    expect(isAppUrl('omnibus://app/assets/index.js?x=1#y')).toBe(true);
  });

  it('refuses look-alike and foreign origins that a prefix check would let through', () => {
    for (const url of [
      'omnibus://app.evil.example/index.html',
      'omnibus://application/index.html',
      'omnibus://evil@app.example/',
      'https://app/index.html',
      'file:///etc/passwd',
      'http://127.0.0.1:5173/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the development server only when it is the configured one', () => {
    expect(isAppUrl('http://127.0.0.1:5173/x', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5174/x', 'http://127.0.0.1:5173')).toBe(false);
  });

  it('lets only web and mail links out to the system browser', () => {
    expect(isExternalLink('https://www.unodc.org/')).toBe(true);
    expect(isExternalLink('mailto:focal.point@example.org')).toBe(true);
    expect(isExternalLink('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
    expect(isExternalLink('smb://server/share')).toBe(false);
  });
});
