import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { concatBytes, createYielder } from './bytes';
import { throwIfAborted } from './errors';

export interface ZipInputEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
  // Already-compressed data (ciphertext, most attachments) is stored rather than deflated.
  readonly compress: boolean;
}

export interface ZipWriteOptions {
  readonly mtime: Date;
  readonly signal?: AbortSignal;
  readonly onBytes?: (bytes: number) => void;
}

const CHUNK = 256 * 1024;

// Writes the archive in chunks, yielding to the event loop between them so the UI stays responsive.
export async function writeZip(
  entries: readonly ZipInputEntry[],
  options: ZipWriteOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const out: Uint8Array[] = [];
  const failure: { error?: Error } = {};
  const zip = new Zip((error, chunk) => {
    if (error) failure.error = error;
    else out.push(chunk);
  });
  const pause = createYielder();
  for (const entry of entries) {
    const file = entry.compress
      ? new ZipDeflate(entry.name, { level: 6 })
      : new ZipPassThrough(entry.name);
    file.mtime = options.mtime;
    zip.add(file);
    const steps = Math.max(1, Math.ceil(entry.bytes.length / CHUNK));
    for (let step = 0; step < steps; step++) {
      throwIfAborted(options.signal);
      const chunk = entry.bytes.subarray(step * CHUNK, (step + 1) * CHUNK);
      file.push(chunk, step === steps - 1);
      options.onBytes?.(chunk.length);
      await pause();
    }
  }
  zip.end();
  if (failure.error) throw failure.error;
  return concatBytes(out);
}
