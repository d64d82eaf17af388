import { PackageError } from './errors';
import type { ReadLimits } from './limits';
import { parseUntrustedJson } from './safe-json';
import {
  type Manifest,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  describeZodError,
  manifestSchema,
} from './schemas';

// manifest.json first answers "is this ours, and can this version read it?", then its full shape.
export function parseManifest(bytes: Uint8Array, limits: ReadLimits): Manifest {
  const raw = parseUntrustedJson(bytes, 'manifest.json', limits);
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== PACKAGE_FORMAT
  ) {
    throw new PackageError(
      'manifest-invalid',
      'manifest.json does not describe an Omnibus response package.',
      'manifest.json',
    );
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION) {
    throw new PackageError(
      'format-too-new',
      `The package uses format ${version}, newer than this Omnibus reads (${PACKAGE_FORMAT_VERSION}); update Omnibus.`,
      'manifest.json',
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PackageError(
      'manifest-invalid',
      `manifest.json is malformed: ${describeZodError(parsed.error)}`,
      'manifest.json',
    );
  }
  return parsed.data;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Order-insensitive deep equality of JSON values.
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function identityOf(manifest: Manifest): Omit<Manifest, 'content'> {
  const { content: _content, ...identity } = manifest;
  return identity;
}
