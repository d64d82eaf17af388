import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../main/protocol';

const root = mkdtempSync(path.join(tmpdir(), 'omnibus-protocol-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<html></html>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(root, '..', 'secret.txt'), 'secret');

describe('app protocol', () => {
  it('serves the app’s files with a strict content security policy', async () => {
    const response = await serveAppRequest(root, 'omnibus://app/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await serveAppRequest(root, 'omnibus://app/')).text()).toBe('<html></html>');
  });

  it('never serves a file outside the app folder', async () => {
    for (const url of [
      'omnibus://app/../secret.txt',
      'omnibus://app/%2e%2e/secret.txt',
      'omnibus://app/assets/..%2f..%2fsecret.txt',
      'omnibus://app/%2Fetc%2Fpasswd',
    ]) {
      const response = await serveAppRequest(root, url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text()).not.toBe('secret');
    }
  });

  it('answers other hosts and bad escapes without crashing', async () => {
    expect((await serveAppRequest(root, 'omnibus://other/index.html')).status).toBe(404);
    expect((await serveAppRequest(root, 'omnibus://app/%E0%A4%A')).status).toBe(400);
  });
});
