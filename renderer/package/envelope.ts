import { fromBase64, own, toBase64 } from './bytes';
import { PackageError } from './errors';
import type { PrivateKeyInfo, PublicKeyInfo } from './keys';
import { ENCRYPTION_ALGORITHM } from './schemas';

// Hybrid encryption as in ODK encrypted forms: a fresh AES-256-GCM key per package, wrapped with
// the secretariat's RSA-OAEP (SHA-256) key. The manifest bytes are the GCM additional data.
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export interface SealedKey {
  readonly algorithm: typeof ENCRYPTION_ALGORITHM;
  readonly keySha256: string;
  readonly wrappedKey: string;
  readonly iv: string;
  readonly contentKey: CryptoKey;
}

export async function createSealedKey(publicKey: PublicKeyInfo): Promise<SealedKey> {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const contentKey = await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt']);
  const wrapped = await subtle().encrypt({ name: 'RSA-OAEP' }, publicKey.key, raw);
  raw.fill(0);
  return {
    algorithm: ENCRYPTION_ALGORITHM,
    keySha256: publicKey.sha256,
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    iv: toBase64(iv),
    contentKey,
  };
}

export async function seal(
  key: SealedKey,
  plaintext: Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const ciphertext = await subtle().encrypt(
    {
      name: 'AES-GCM',
      iv: fromBase64(key.iv),
      additionalData: own(additionalData),
      tagLength: 128,
    },
    key.contentKey,
    own(plaintext),
  );
  return new Uint8Array(ciphertext);
}

export interface OpenParams {
  readonly keySha256: string;
  readonly wrappedKey: string;
  readonly iv: string;
}

export async function open(
  params: OpenParams,
  privateKey: PrivateKeyInfo,
  ciphertext: Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (params.keySha256 !== privateKey.publicKeySha256) {
    throw new PackageError(
      'key-mismatch',
      `This package was encrypted for another key (SHA-256 ${params.keySha256.slice(0, 16)}…); use the matching private key.`,
    );
  }
  let raw: ArrayBuffer;
  try {
    raw = await subtle().decrypt(
      { name: 'RSA-OAEP' },
      privateKey.key,
      fromBase64(params.wrappedKey),
    );
  } catch {
    throw new PackageError(
      'decrypt-failed',
      'The package key cannot be unwrapped: the manifest or key was altered.',
    );
  }
  const contentKey = await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt']);
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(params.iv),
        additionalData: own(additionalData),
        tagLength: 128,
      },
      contentKey,
      own(ciphertext),
    );
    return new Uint8Array(plain);
  } catch {
    throw new PackageError(
      'decrypt-failed',
      'The package fails its authenticity check: its manifest or encrypted contents were altered or damaged. Ask the sender for the file again.',
    );
  }
}
