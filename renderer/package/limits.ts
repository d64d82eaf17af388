// Ceilings for reading a package from someone else. Every one is enforced while reading, not after.
export interface ReadLimits {
  readonly maxArchiveBytes: number;
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  // Inflated ÷ compressed, checked once an entry has produced ratioFloorBytes.
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxJsonBytes: number;
  readonly maxJsonDepth: number;
  readonly maxNameLength: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxArchiveBytes: 1024 * MiB,
  maxEntries: 5_000,
  maxEntryBytes: 200 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 200,
  ratioFloorBytes: MiB,
  maxJsonBytes: 64 * MiB,
  maxJsonDepth: 32,
  maxNameLength: 255,
};

export function withLimits(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
