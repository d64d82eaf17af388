import { fromBase64, sha256Hex, toBase64 } from './bytes';
import { PackageError } from './errors';

// RSA-OAEP keys of the secretariat, in PEM (SPKI public, PKCS#8 private) as OpenSSL writes them.
export const MIN_RSA_BITS = 3072;
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const ALGORITHM: RsaHashedImportParams = { name: 'RSA-OAEP', hash: 'SHA-256' };

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  if (!match) throw new PackageError('key-invalid', `Expected a PEM block "${label}".`);
  try {
    return fromBase64(match[1]!.replace(/\s+/g, ''));
  } catch {
    throw new PackageError('key-invalid', `The ${label} PEM block is not valid base64.`);
  }
}

function toPem(der: ArrayBuffer, label: string): string {
  const lines = toBase64(new Uint8Array(der)).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function assertSize(key: CryptoKey): void {
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < MIN_RSA_BITS) {
    throw new PackageError(
      'key-too-small',
      `The RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required.`,
    );
  }
}

// Imports one PEM key, refusing anything but an RSA key of at least MIN_RSA_BITS.
async function importRsaPem(
  pem: string,
  form: 'spki' | 'pkcs8',
): Promise<{ key: CryptoKey; der: Uint8Array<ArrayBuffer> }> {
  const [label, usage, refusal] =
    form === 'spki'
      ? (['PUBLIC KEY', 'encrypt', 'The public key is not an RSA key in SPKI PEM form.'] as const)
      : ([
          'PRIVATE KEY',
          'decrypt',
          'The private key is not an RSA key in PKCS#8 PEM form.',
        ] as const);
  const der = pemBody(pem, label);
  let key: CryptoKey;
  try {
    key = await subtle().importKey(form, der, ALGORITHM, true, [usage]);
  } catch {
    throw new PackageError('key-invalid', refusal);
  }
  assertSize(key);
  return { key, der };
}

export interface PublicKeyInfo {
  readonly key: CryptoKey;
  // SHA-256 of the SPKI DER bytes: names the key in the manifest.
  readonly sha256: string;
}

export async function importPublicKeyPem(pem: string): Promise<PublicKeyInfo> {
  const { key, der } = await importRsaPem(pem, 'spki');
  return { key, sha256: await sha256Hex(der) };
}

export interface PrivateKeyInfo {
  readonly key: CryptoKey;
  readonly publicKeySha256: string;
}

export async function importPrivateKeyPem(pem: string): Promise<PrivateKeyInfo> {
  const { key } = await importRsaPem(pem, 'pkcs8');
  // The matching public key, to tell "wrong key" apart from "tampered package".
  const { n, e } = await subtle().exportKey('jwk', key);
  const pub = await subtle().importKey(
    'jwk',
    { kty: 'RSA', n, e, alg: 'RSA-OAEP-256', ext: true },
    ALGORITHM,
    true,
    ['encrypt'],
  );
  const spki = await subtle().exportKey('spki', pub);
  return { key, publicKeySha256: await sha256Hex(new Uint8Array(spki)) };
}

export interface KeyPairPem {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

export async function generateKeyPairPem(modulusLength = MIN_RSA_BITS): Promise<KeyPairPem> {
  if (modulusLength < MIN_RSA_BITS) {
    throw new PackageError('key-too-small', `Keys must have at least ${MIN_RSA_BITS} bits.`);
  }
  const pair = await subtle().generateKey(
    { ...ALGORITHM, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['encrypt', 'decrypt'],
  );
  return {
    publicKeyPem: toPem(await subtle().exportKey('spki', pair.publicKey), 'PUBLIC KEY'),
    privateKeyPem: toPem(await subtle().exportKey('pkcs8', pair.privateKey), 'PRIVATE KEY'),
  };
}
