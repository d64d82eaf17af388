import { createYielder, sha256Hex, utf8 } from './bytes';
import type { BuildOptions, PackageInput } from './build-input';
import { toIso } from './build-input';
import { attachmentPath } from './attachment-paths';
import { createSealedKey, seal } from './envelope';
import { PackageError, throwIfAborted } from './errors';
import { importPublicKeyPem } from './keys';
import { attachmentRefs } from './responses';
import type { FileEntry, Manifest, ManifestIdentity, PackageKind, Responses } from './schemas';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from './schemas';
import { type ZipInputEntry, writeZip } from './zip-write';

export interface PackageFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly compress: boolean;
}

export function json(value: unknown): Uint8Array<ArrayBuffer> {
  return utf8(`${JSON.stringify(value, null, 2)}\n`);
}

export async function identityFor(
  kind: PackageKind,
  input: PackageInput,
  responses: Responses,
): Promise<ManifestIdentity> {
  const languages = [...new Set(Object.values(responses.answers).map((a) => a.language))].sort();
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    kind,
    packageId: globalThis.crypto.randomUUID(),
    questionnaire: {
      id: input.definition.id,
      version: input.definition.version,
      definitionSha256: await sha256Hex(utf8(input.definitionText)),
    },
    assessment: {
      id: input.assessment.id,
      state: input.assessment.state,
      title: input.assessment.title,
    },
    focalPoint: { name: input.focalPoint.name, agency: input.focalPoint.agency },
    languages,
    createdAt: toIso(input.assessment.createdAt),
    exportedAt: toIso(input.exportedAt ?? Date.now()),
    appVersion: input.appVersion,
  };
}

// The original file of every attachment the answers reference, checked against its reference.
export function attachmentFiles(input: PackageInput, responses: Responses): PackageFile[] {
  const byId = new Map(input.attachments.map((a) => [a.id, a]));
  return attachmentRefs(responses.answers).map(({ questionId, ref }) => {
    const file = byId.get(ref.id);
    if (!file) {
      throw new PackageError(
        'file-missing',
        `The file "${ref.name}" attached to "${questionId}" is missing from storage.`,
        ref.name,
      );
    }
    if (file.bytes.length !== ref.size) {
      throw new PackageError(
        'file-changed',
        `The file "${ref.name}" attached to "${questionId}" does not match its recorded size.`,
        ref.name,
      );
    }
    return { path: attachmentPath(ref.id, ref.name), bytes: file.bytes, compress: false };
  });
}

async function describeFiles(
  files: readonly PackageFile[],
  options: BuildOptions,
): Promise<FileEntry[]> {
  const pause = createYielder();
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  let done = 0;
  const entries: FileEntry[] = [];
  for (const file of files) {
    throwIfAborted(options.signal);
    entries.push({ path: file.path, size: file.bytes.length, sha256: await sha256Hex(file.bytes) });
    done += file.bytes.length;
    options.onProgress?.({ phase: 'hashing', done, total });
    await pause();
  }
  return entries;
}

async function zipWithProgress(
  entries: readonly ZipInputEntry[],
  mtime: Date,
  options: BuildOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const total = entries.reduce((sum, e) => sum + e.bytes.length, 0);
  let done = 0;
  return writeZip(entries, {
    mtime,
    ...(options.signal ? { signal: options.signal } : {}),
    onBytes: (n) => {
      done += n;
      options.onProgress?.({ phase: 'packing', done, total });
    },
  });
}

function resolvePublicKey(input: PackageInput): string | null {
  const choice = input.encryption ?? { kind: 'definition' };
  if (choice.kind === 'none') return null;
  if (choice.kind === 'public-key') return choice.publicKeyPem;
  return input.definition.publicKey ?? null;
}

// manifest.json + files, then (when a key applies) that whole archive sealed inside payload.bin.
export async function assemble(
  identity: ManifestIdentity,
  files: readonly PackageFile[],
  input: PackageInput,
  options: BuildOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const described = await describeFiles(files, options);
  const inner: Manifest = { ...identity, content: { kind: 'plain', files: described } };
  const mtime = new Date(identity.exportedAt);
  const plain = await zipWithProgress(
    [
      { name: 'manifest.json', bytes: json(inner), compress: true },
      ...files.map((f) => ({ name: f.path, bytes: f.bytes, compress: f.compress })),
    ],
    mtime,
    options,
  );
  const pem = resolvePublicKey(input);
  if (pem === null) return plain;
  throwIfAborted(options.signal);
  options.onProgress?.({ phase: 'encrypting', done: 0, total: plain.length });
  const sealed = await createSealedKey(await importPublicKeyPem(pem));
  const outer: Manifest = {
    ...identity,
    content: {
      kind: 'encrypted',
      algorithm: sealed.algorithm,
      keySha256: sealed.keySha256,
      wrappedKey: sealed.wrappedKey,
      iv: sealed.iv,
      payload: { path: 'payload.bin', size: plain.length + 16 },
    },
  };
  const manifestBytes = json(outer);
  const payload = await seal(sealed, plain, manifestBytes);
  options.onProgress?.({ phase: 'encrypting', done: plain.length, total: plain.length });
  return writeZip(
    [
      { name: 'manifest.json', bytes: manifestBytes, compress: false },
      { name: 'payload.bin', bytes: payload, compress: false },
    ],
    { mtime, ...(options.signal ? { signal: options.signal } : {}) },
  );
}
