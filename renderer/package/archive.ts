import { createYielder, sha256Hex } from './bytes';
import { PackageError, type PackageProblem, toProblem } from './errors';
import type { ReadLimits } from './limits';
import { parseManifest } from './manifest-read';
import { isAttachmentPath } from './attachment-paths';
import type { Manifest } from './schemas';
import { type ExtractBudget, extractEntry, listEntries } from './zip-read';

const KNOWN_FILES = new Set(['responses.json', 'answers.csv', 'report.html', 'handoff.json']);

export interface OpenedArchive {
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  // Members other than manifest.json that matched the manifest.
  readonly files: ReadonlyMap<string, Uint8Array>;
  // What is wrong with the members: changed, missing, added, unknown. Empty when all is well.
  readonly problems: readonly PackageProblem[];
}

export interface ArchiveOptions {
  readonly limits: ReadLimits;
  readonly budget?: ExtractBudget;
  readonly signal?: AbortSignal;
}

// Unpacks under the limits and checks every member against the manifest. Structural faults throw;
// member faults are collected so verification can name them all.
export async function openArchive(
  bytes: Uint8Array,
  options: ArchiveOptions,
): Promise<OpenedArchive> {
  const { limits } = options;
  const entries = listEntries(bytes, limits);
  const extract = {
    limits,
    budget: options.budget ?? { total: 0 },
    pause: createYielder(),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) {
    throw new PackageError(
      'manifest-invalid',
      'The archive has no manifest.json: it is not an Omnibus package.',
      'manifest.json',
    );
  }
  const manifestBytes = await extractEntry(bytes, manifestEntry, extract);
  const manifest = parseManifest(manifestBytes, limits);
  const expected =
    manifest.content.kind === 'plain'
      ? manifest.content.files
      : [
          {
            path: manifest.content.payload.path,
            size: manifest.content.payload.size,
            sha256: null,
          },
        ];
  const problems: PackageProblem[] = [];
  const files = new Map<string, Uint8Array>();
  const listed = new Set(expected.map((f) => f.path));
  for (const entry of entries) {
    if (entry.name === 'manifest.json' || entry.name.endsWith('/')) continue;
    if (!listed.has(entry.name)) {
      problems.push({
        code: 'file-added',
        message: `"${entry.name}" is in the archive but not in the manifest.`,
        path: entry.name,
      });
    }
  }
  for (const file of expected) {
    const known =
      manifest.content.kind === 'encrypted' ||
      KNOWN_FILES.has(file.path) ||
      isAttachmentPath(file.path);
    if (!known) {
      problems.push({
        code: 'unknown-file',
        message: `The manifest lists "${file.path}", which is no part of an Omnibus package.`,
        path: file.path,
      });
      continue;
    }
    const entry = entries.find((e) => e.name === file.path);
    if (!entry) {
      problems.push({
        code: 'file-missing',
        message: `"${file.path}" is listed in the manifest but missing from the archive.`,
        path: file.path,
      });
      continue;
    }
    try {
      const data = await extractEntry(bytes, entry, extract);
      const changed =
        data.length !== file.size ||
        (file.sha256 !== null && (await sha256Hex(data)) !== file.sha256);
      if (changed) {
        problems.push({
          code: 'file-changed',
          message: `"${file.path}" differs from the manifest: it was changed or damaged.`,
          path: file.path,
        });
      } else {
        files.set(file.path, data);
      }
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code !== 'file-corrupt') throw error;
      problems.push(problem);
    }
  }
  return { manifest, manifestBytes, files, problems };
}
