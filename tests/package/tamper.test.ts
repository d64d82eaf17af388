import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../renderer/package/build-package';
import {
  generateKeyPairPem,
  importPublicKeyPem,
  type KeyPairPem,
} from '../../renderer/package/keys';
import { readPackage } from '../../renderer/package/read-package';
import { verifyPackage } from '../../renderer/package/verify-package';
import { fullInput, testDefinition } from './fixtures';
import { generateKeyPairSync } from 'node:crypto';

let keys: KeyPairPem;
let other: KeyPairPem;
let plain: Uint8Array;
let sealed: Uint8Array;
beforeAll(async () => {
  [keys, other] = await Promise.all([generateKeyPairPem(), generateKeyPairPem()]);
  plain = await buildPackage(await fullInput());
  sealed = await buildPackage(await fullInput(testDefinition(keys.publicKeyPem)));
});

function rezip(
  bytes: Uint8Array,
  edit: (files: Zippable & Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzipSync(bytes) as Record<string, Uint8Array>;
  edit(files);
  return zipSync(files);
}

describe('verification names what is wrong', () => {
  it('a changed file', async () => {
    const bytes = rezip(plain, (f) => {
      f['responses.json'] = strToU8(strFromU8(f['responses.json']!).replace('"partial"', '"yes"'));
    });
    const report = await verifyPackage(bytes);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'file-changed', path: 'responses.json' }),
    ]);
  });

  it('a missing and an added file, together', async () => {
    const bytes = rezip(plain, (f) => {
      delete f['answers.csv'];
      f['extra.txt'] = strToU8('hello');
    });
    const codes = (await verifyPackage(bytes)).problems.map((p) => `${p.code}:${p.path}`).sort();
    expect(codes).toEqual(['file-added:extra.txt', 'file-missing:answers.csv']);
  });

  it('a truncated archive', async () => {
    const report = await verifyPackage(plain.subarray(0, plain.length - 40));
    expect(report.problems[0]?.code).toBe('archive-truncated');
    expect((await verifyPackage(plain.subarray(0, 100))).problems[0]?.code).toBe(
      'archive-truncated',
    );
  });

  it('a damaged byte inside a member', async () => {
    const bytes = Uint8Array.from(plain);
    const at = Buffer.from(bytes).indexOf(Buffer.from('%PDF'));
    bytes[at] = 0x41;
    expect((await verifyPackage(bytes)).problems[0]).toMatchObject({ code: 'file-corrupt' });
  });

  it('a manifest that does not match the files', async () => {
    const bytes = rezip(plain, (f) => {
      const manifest = JSON.parse(strFromU8(f['manifest.json']!));
      manifest.content.files[0].size += 1;
      f['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    expect((await verifyPackage(bytes)).problems[0]).toMatchObject({ code: 'file-changed' });
    const otherAssessment = rezip(plain, (f) => {
      f['manifest.json'] = strToU8(
        strFromU8(f['manifest.json']!).replace('"assessment-1"', '"assessment-9"'),
      );
    });
    expect((await verifyPackage(otherAssessment)).problems[0]).toMatchObject({
      code: 'manifest-mismatch',
    });
  });
});

describe('an altered encrypted package fails to decrypt with a clear message', () => {
  it('when a readable manifest field is changed', async () => {
    const bytes = rezip(sealed, (f) => {
      f['manifest.json'] = strToU8(
        strFromU8(f['manifest.json']!).replace('"state": "FR"', '"state": "DE"'),
      );
    });
    expect((await verifyPackage(bytes)).ok).toBe(true); // without the key, nothing can tell
    const report = await verifyPackage(bytes, { privateKey: keys.privateKeyPem });
    expect(report.problems[0]?.code).toBe('decrypt-failed');
    expect(report.problems[0]?.message).toMatch(/altered or damaged/);
  });

  it('when a ciphertext byte is flipped', async () => {
    const bytes = rezip(sealed, (f) => {
      f['payload.bin']![100]! ^= 1;
    });
    await expect(readPackage(bytes, { privateKey: keys.privateKeyPem })).rejects.toMatchObject({
      code: 'decrypt-failed',
    });
  });

  it('when the payload is cut short', async () => {
    const bytes = rezip(sealed, (f) => {
      f['payload.bin'] = f['payload.bin']!.subarray(0, 500);
    });
    expect((await verifyPackage(bytes)).problems[0]).toMatchObject({
      code: 'file-changed',
      path: 'payload.bin',
    });
  });

  it('with the wrong private key', async () => {
    await expect(readPackage(sealed, { privateKey: other.privateKeyPem })).rejects.toMatchObject({
      code: 'key-mismatch',
    });
  });
});

describe('keys', () => {
  it('refuses RSA keys under 3072 bits', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    await expect(importPublicKeyPem(small)).rejects.toMatchObject({ code: 'key-too-small' });
    await expect(generateKeyPairPem(2048)).rejects.toMatchObject({ code: 'key-too-small' });
    const input = await fullInput(testDefinition(small));
    await expect(buildPackage(input)).rejects.toMatchObject({ code: 'key-too-small' });
  });

  it('refuses text that is not a key', async () => {
    await expect(
      importPublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
    ).rejects.toMatchObject({ code: 'key-invalid' });
  });
});
