import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scan = (dir: string) =>
  spawnSync(
    'npx',
    [
      'tsx',
      'scripts/security-scan.ts',
      dir,
      path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'out.csv'),
    ],
    {
      encoding: 'utf8',
    },
  );

describe('static Electron security scan', () => {
  it('passes main/ with no unreviewed finding above LOW', () => {
    const result = scan('main');
    expect(result.stdout).toContain('0 above LOW and not reviewed');
    expect(result.status).toBe(0);
  }, 60_000);

  it('fails a window that turns Node integration on and isolation off', () => {
    const result = scan('tests/fixtures/insecure-main');
    expect(result.stdout).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK .*not allowed/);
    expect(result.status).toBe(1);
  }, 60_000);
});
