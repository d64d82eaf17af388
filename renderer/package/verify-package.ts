import { openArchive } from './archive';
import { readContents } from './contents';
import { type PackageProblem, toProblem } from './errors';
import { withLimits } from './limits';
import { type ReadOptions, unseal } from './read-package';
import type { Manifest } from './schemas';

export interface VerifyReport {
  readonly ok: boolean;
  readonly manifest: Manifest | null;
  readonly encrypted: boolean;
  // True when the encrypted contents were decrypted and checked too.
  readonly contentsChecked: boolean;
  readonly problems: readonly PackageProblem[];
}

// Says whether a package is complete and untampered and, if not, names every fault it can.
export async function verifyPackage(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<VerifyReport> {
  const limits = withLimits(options.limits);
  let manifest: Manifest | null = null;
  try {
    const outer = await openArchive(bytes, {
      limits,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    manifest = outer.manifest;
    const encrypted = manifest.content.kind === 'encrypted';
    if (outer.problems.length > 0)
      return { ok: false, manifest, encrypted, contentsChecked: false, problems: outer.problems };
    if (encrypted && !options.privateKey)
      return { ok: true, manifest, encrypted, contentsChecked: false, problems: [] };
    const { inner } = await unseal(bytes, options);
    await readContents(inner, limits);
    return { ok: true, manifest, encrypted, contentsChecked: true, problems: [] };
  } catch (error) {
    return {
      ok: false,
      manifest,
      encrypted: manifest?.content.kind === 'encrypted',
      contentsChecked: false,
      problems: [toProblem(error)],
    };
  }
}
