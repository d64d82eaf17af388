import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as identity from '../../main/app-identity';

// Changing any of these after release silently orphans every user's answers in IndexedDB.
describe('app identity', () => {
  it('keeps origin, name and data folder fixed', () => {
    expect(identity).toMatchObject({
      APP_NAME: 'Omnibus',
      APP_ID: 'org.unodc.omnibus',
      USER_DATA_DIR_NAME: 'Omnibus',
      APP_ORIGIN: 'omnibus://app',
    });
  });

  it('packages under the same app id and product name', () => {
    const config = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
    expect(config).toMatch(/^appId: org\.unodc\.omnibus$/m);
    expect(config).toMatch(/^productName: Omnibus$/m);
  });
});
