import { type OpenedArchive, openArchive } from './archive';
import { type PackageContents, readContents } from './contents';
import { open } from './envelope';
import { PackageError } from './errors';
import { type PrivateKeyInfo, importPrivateKeyPem } from './keys';
import { type ReadLimits, withLimits } from './limits';
import { identityOf, sameJson } from './manifest-read';
import type { ExtractBudget } from './zip-read';
import type { Manifest, PackageKind } from './schemas';

export interface ReadOptions {
  // PKCS#8 PEM text or an imported key; needed only for encrypted packages.
  readonly privateKey?: string | PrivateKeyInfo;
  readonly limits?: Partial<ReadLimits>;
  readonly signal?: AbortSignal;
  // Refuse a package of another questionnaire, or of another kind, with a clear message.
  readonly expectQuestionnaireId?: string;
  readonly expectKind?: PackageKind;
}

export interface OpenedPackage extends PackageContents {
  // The readable manifest of an encrypted package (its contents carry their own); null when plain.
  readonly sealedManifest: Manifest | null;
}

function firstProblem(archive: OpenedArchive): void {
  const problem = archive.problems[0];
  if (problem) throw new PackageError(problem.code, problem.message, problem.path);
}

export async function resolvePrivateKey(key: string | PrivateKeyInfo): Promise<PrivateKeyInfo> {
  return typeof key === 'string' ? importPrivateKeyPem(key) : key;
}

interface Unsealed {
  readonly outer: OpenedArchive;
  readonly inner: OpenedArchive;
  readonly innerBytes: Uint8Array;
}

// Opens the outer archive and, when encrypted, decrypts and opens the one inside.
export async function unseal(bytes: Uint8Array, options: ReadOptions): Promise<Unsealed> {
  const limits = withLimits(options.limits);
  const budget: ExtractBudget = { total: 0 };
  const signal = options.signal ? { signal: options.signal } : {};
  const outer = await openArchive(bytes, { limits, budget, ...signal });
  firstProblem(outer);
  checkExpectations(outer.manifest, options);
  if (outer.manifest.content.kind === 'plain') return { outer, inner: outer, innerBytes: bytes };
  if (!options.privateKey) {
    throw new PackageError(
      'key-required',
      'This package is encrypted: the secretariat private key is needed to open it.',
    );
  }
  const payload = outer.files.get('payload.bin')!;
  const innerBytes = await open(
    outer.manifest.content,
    await resolvePrivateKey(options.privateKey),
    payload,
    outer.manifestBytes,
  );
  const inner = await openArchive(innerBytes, { limits, budget, ...signal });
  firstProblem(inner);
  if (
    inner.manifest.content.kind !== 'plain' ||
    !sameJson(identityOf(inner.manifest), identityOf(outer.manifest))
  ) {
    throw new PackageError(
      'manifest-mismatch',
      'The encrypted contents do not match the readable manifest.',
      'manifest.json',
    );
  }
  return { outer, inner, innerBytes };
}

function checkExpectations(manifest: Manifest, options: ReadOptions): void {
  if (
    options.expectQuestionnaireId !== undefined &&
    manifest.questionnaire.id !== options.expectQuestionnaireId
  ) {
    throw new PackageError(
      'wrong-questionnaire',
      `The package answers the questionnaire "${manifest.questionnaire.id}", not "${options.expectQuestionnaireId}".`,
    );
  }
  if (options.expectKind !== undefined && manifest.kind !== options.expectKind) {
    throw new PackageError(
      'wrong-kind',
      `This is a ${manifest.kind} package; a ${options.expectKind} package was expected.`,
    );
  }
}

// Reads a package from anyone, as hostile input: every check passes or a PackageError says why.
export async function readPackage(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<OpenedPackage> {
  const { outer, inner } = await unseal(bytes, options);
  const contents = await readContents(inner, withLimits(options.limits));
  return { ...contents, sealedManifest: outer === inner ? null : outer.manifest };
}

// The plain package inside an encrypted one (itself a valid, unencrypted .omnibus file).
export async function decryptPackage(
  bytes: Uint8Array,
  privateKey: string | PrivateKeyInfo,
  options: Omit<ReadOptions, 'privateKey'> = {},
): Promise<Uint8Array> {
  const { outer, inner, innerBytes } = await unseal(bytes, { ...options, privateKey });
  if (outer === inner)
    throw new PackageError(
      'wrong-kind',
      'This package is not encrypted; there is nothing to decrypt.',
    );
  await readContents(inner, withLimits(options.limits));
  return innerBytes;
}
