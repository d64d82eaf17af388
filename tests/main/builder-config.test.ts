import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const config = parse(
  readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by that schema when it has a mistake (the check is real)', async () => {
    await expect(
      validateConfiguration({ ...config, fuses: {} } as typeof config, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('builds the installers government PCs need, portable included', () => {
    expect(JSON.stringify(config['win'])).toContain('nsis');
    expect(JSON.stringify(config['win'])).toContain('portable');
    expect(JSON.stringify(config['mac'])).toContain('dmg');
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar only with integrity', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps sources and tests out of the package', () => {
    const files = config['files'] as string[];
    expect(files).toContain('out/**/*');
    expect(files.some((f) => /^(main|renderer|tests|src)\b/.test(f))).toBe(false);
  });
});
