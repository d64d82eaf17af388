import { Inflate } from 'fflate';
import { concatBytes } from './bytes';
import { crc32Update } from './crc32';
import { PackageError } from './errors';
import type { ReadLimits } from './limits';
import { assertSafeEntryName, collisionKey } from './zip-paths';

// A ZIP reader driven by the central directory (as standard tools are), with every limit checked
// while inflating. Only what Omnibus writes is accepted: stored or deflated, no encryption, no ZIP64.

export interface ZipEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (
      view.getUint32(at, true) === EOCD &&
      at + 22 + view.getUint16(at + 20, true) === view.byteLength
    ) {
      return at;
    }
  }
  return -1;
}

function truncated(detail: string): PackageError {
  return new PackageError(
    'archive-truncated',
    `The package is incomplete (${detail}); ask the sender for the file again.`,
  );
}

function invalid(detail: string): PackageError {
  return new PackageError(
    'archive-invalid',
    `The file is not a valid Omnibus package (${detail}).`,
  );
}

export function listEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  if (bytes.length > limits.maxArchiveBytes) {
    throw new PackageError(
      'archive-too-large',
      `The package is larger than ${limits.maxArchiveBytes} bytes.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL;
  const eocd = bytes.length >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0)
    throw startsLikeZip
      ? truncated('the end of the archive is missing')
      : invalid('not a ZIP archive');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new PackageError('unsupported-zip-feature', 'ZIP64 archives are not Omnibus packages.');
  }
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw new PackageError(
      'unsupported-zip-feature',
      'Multi-part archives are not Omnibus packages.',
    );
  }
  if (count > limits.maxEntries) {
    throw new PackageError(
      'too-many-entries',
      `The package holds ${count} files; at most ${limits.maxEntries} are allowed.`,
    );
  }
  if (cdOffset + cdSize !== eocd)
    throw truncated('the file list does not end where the archive says');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw invalid('damaged file list');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (next > eocd) throw invalid('damaged file list');
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(at + 46, at + 46 + nameLength),
      );
    } catch {
      throw new PackageError(
        'unsafe-path',
        'The archive contains a file name that is not valid UTF-8.',
      );
    }
    assertSafeEntryName(name, limits.maxNameLength);
    if (flags & 1)
      throw new PackageError(
        'unsupported-zip-feature',
        `"${name}" uses ZIP encryption, which Omnibus never writes.`,
        name,
      );
    if (method !== 0 && method !== 8) {
      throw new PackageError(
        'unsupported-zip-feature',
        `"${name}" uses compression method ${method}.`,
        name,
      );
    }
    const key = collisionKey(name);
    if (seen.has(key))
      throw new PackageError(
        'duplicate-entry',
        `The archive contains "${name}" more than once.`,
        name,
      );
    seen.add(key);
    if (size > limits.maxEntryBytes) {
      throw new PackageError(
        'entry-too-large',
        `"${name}" is ${size} bytes; at most ${limits.maxEntryBytes} are allowed.`,
        name,
      );
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new PackageError(
        'archive-too-large',
        `The package unpacks to more than ${limits.maxTotalBytes} bytes.`,
      );
    }
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== LOCAL)
      throw invalid(`"${name}" cannot be found`);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    if (localNameLength !== nameLength || !localName.every((b, j) => b === bytes[at + 46 + j])) {
      throw invalid(`the name of "${name}" differs between the file list and the file`);
    }
    const dataStart = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > cdOffset) throw truncated(`"${name}" is cut short`);
    entries.push({ name, method: method === 8 ? 8 : 0, crc, compressedSize, size, dataStart });
    at = next;
  }
  assertNoOverlap(entries);
  return entries;
}

// Overlapping members are how some archive bombs multiply a small file: refused.
function assertNoOverlap(entries: readonly ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.dataStart - b.dataStart);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (prev.dataStart + prev.compressedSize > sorted[i]!.dataStart - 30) {
      throw invalid(`"${sorted[i]!.name}" overlaps another file`);
    }
  }
}

export interface ExtractBudget {
  // Bytes inflated so far across the whole archive.
  total: number;
}

export interface ExtractOptions {
  readonly limits: ReadLimits;
  readonly budget: ExtractBudget;
  readonly pause?: () => Promise<void>;
  readonly signal?: AbortSignal;
}

export async function extractEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  options: ExtractOptions,
): Promise<Uint8Array> {
  const { limits, budget } = options;
  const name = entry.name;
  const parts: Uint8Array[] = [];
  let produced = 0;
  let consumed = 0;
  let crc = 0;
  let finished = false;
  const accept = (chunk: Uint8Array, final: boolean): void => {
    produced += chunk.length;
    budget.total += chunk.length;
    if (produced > entry.size) throw corrupt(name, 'longer than declared');
    if (produced > limits.maxEntryBytes) {
      throw new PackageError(
        'entry-too-large',
        `"${name}" unpacks to more than ${limits.maxEntryBytes} bytes.`,
        name,
      );
    }
    if (budget.total > limits.maxTotalBytes) {
      throw new PackageError(
        'archive-too-large',
        `The package unpacks to more than ${limits.maxTotalBytes} bytes.`,
      );
    }
    if (produced > limits.ratioFloorBytes && produced > limits.maxRatio * Math.max(consumed, 1)) {
      throw new PackageError(
        'compression-ratio',
        `"${name}" expands more than ${limits.maxRatio} times: refused as an archive bomb.`,
        name,
      );
    }
    crc = crc32Update(crc, chunk);
    if (entry.method === 8) parts.push(chunk);
    if (final) finished = true;
  };
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const inflater = entry.method === 8 ? new Inflate(accept) : undefined;
  const steps = Math.max(1, Math.ceil(data.length / CHUNK));
  for (let step = 0; step < steps; step++) {
    if (options.signal?.aborted) throw new PackageError('aborted', 'The operation was cancelled.');
    const chunk = data.subarray(step * CHUNK, (step + 1) * CHUNK);
    const last = step === steps - 1;
    consumed += chunk.length;
    if (inflater) {
      try {
        inflater.push(chunk, last);
      } catch (error) {
        if (error instanceof PackageError) throw error;
        throw corrupt(name, 'damaged compressed data');
      }
    } else {
      accept(chunk, last);
    }
    if (options.pause) await options.pause();
  }
  if (!finished && entry.size > 0) throw corrupt(name, 'cut short');
  if (produced !== entry.size) throw corrupt(name, 'size differs from the declared size');
  if (crc !== entry.crc) throw corrupt(name, 'checksum mismatch');
  // A stored entry is its own bytes: no copy.
  if (entry.method === 0) return data;
  return parts.length === 1 ? parts[0]! : concatBytes(parts);
}

function corrupt(name: string, why: string): PackageError {
  return new PackageError('file-corrupt', `"${name}" is damaged (${why}).`, name);
}
