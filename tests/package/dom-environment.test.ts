// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../renderer/package/build-package';
import { generateKeyPairPem, type KeyPairPem } from '../../renderer/package/keys';
import { readPackage } from '../../renderer/package/read-package';
import { fullInput, testDefinition } from './fixtures';

// The renderer's environment (DOM globals, no Node Buffer in the package code): build and open.
let keys: KeyPairPem;
beforeAll(async () => {
  keys = await generateKeyPairPem();
});

describe('in a DOM environment', () => {
  it('builds and reads an encrypted package', async () => {
    expect(typeof window).toBe('object');
    const bytes = await buildPackage(await fullInput(testDefinition(keys.publicKeyPem)));
    const pkg = await readPackage(bytes, { privateKey: keys.privateKeyPem });
    expect(Object.keys(pkg.responses.answers)).toHaveLength(15);
  });
});
