import { createDecipheriv, createHash, privateDecrypt, constants } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../renderer/package/build-package';
import { generateKeyPairPem, type KeyPairPem } from '../../renderer/package/keys';
import { TEXTS, fullInput, testDefinition } from './fixtures';

// Decrypts a package following docs/response-package.md with Node's own crypto and zlib only:
// proves the secretariat can open packages without Omnibus. (Key generation and the package
// itself come from the app; everything that reads them here does not.)

function readZip(bytes: Buffer): Map<string, Buffer> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

let keys: KeyPairPem;
beforeAll(async () => {
  keys = await generateKeyPairPem(3072);
});

describe('decrypting with a standard library, following the documentation', () => {
  it('recovers every answer and attachment, and detects a changed manifest', async () => {
    const bytes = Buffer.from(
      await buildPackage(await fullInput(testDefinition(keys.publicKeyPem))),
    );
    const outer = readZip(bytes);
    const manifestBytes = outer.get('manifest.json')!;
    const content = JSON.parse(manifestBytes.toString('utf8')).content;
    expect(content.algorithm).toBe('RSA-OAEP-SHA256/AES-256-GCM');
    const spki = Buffer.from(keys.publicKeyPem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(createHash('sha256').update(spki).digest('hex')).toBe(content.keySha256);
    const aesKey = privateDecrypt(
      { key: keys.privateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(content.wrappedKey, 'base64'),
    );
    const payload = outer.get('payload.bin')!;
    expect(payload.length).toBe(content.payload.size);
    const open = (aad: Buffer): Buffer => {
      const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(content.iv, 'base64'));
      decipher.setAAD(aad);
      decipher.setAuthTag(payload.subarray(payload.length - 16));
      return Buffer.concat([
        decipher.update(payload.subarray(0, payload.length - 16)),
        decipher.final(),
      ]);
    };
    const inner = readZip(open(manifestBytes));
    const innerManifest = JSON.parse(inner.get('manifest.json')!.toString('utf8'));
    for (const file of innerManifest.content.files) {
      expect(createHash('sha256').update(inner.get(file.path)!).digest('hex')).toBe(file.sha256);
    }
    const responses = JSON.parse(inner.get('responses.json')!.toString('utf8'));
    expect(responses.answers['q-short'].value).toBe(TEXTS.ru);
    expect(inner.get('attachments/att-2/قانون العقوبات.txt')!.toString('utf8')).toBe('نص القانون');
    const altered = Buffer.from(manifestBytes.toString('utf8').replace('"FR"', '"DE"'));
    expect(() => open(altered)).toThrow(/authenticate/);
  });
});
