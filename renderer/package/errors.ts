// Every refusal has a stable code (the UI localizes it) and an English message (for the CLI).
export const PACKAGE_ERROR_CODES = [
  'archive-invalid',
  'archive-truncated',
  'too-many-entries',
  'entry-too-large',
  'archive-too-large',
  'compression-ratio',
  'unsafe-path',
  'duplicate-entry',
  'unknown-file',
  'unsupported-zip-feature',
  'file-corrupt',
  'json-invalid',
  'json-too-deep',
  'json-forbidden-key',
  'manifest-invalid',
  'manifest-mismatch',
  'responses-invalid',
  'handoff-invalid',
  'format-too-new',
  'wrong-questionnaire',
  'wrong-kind',
  'file-changed',
  'file-missing',
  'file-added',
  'key-required',
  'key-invalid',
  'key-too-small',
  'key-mismatch',
  'decrypt-failed',
  'answer-invalid',
  'aborted',
] as const;
export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];

export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(
    readonly code: PackageErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

// A problem found by verification: the same vocabulary as the errors, collected rather than thrown.
export interface PackageProblem {
  readonly code: PackageErrorCode;
  readonly message: string;
  readonly path?: string;
}

export function toProblem(error: unknown): PackageProblem {
  if (error instanceof PackageError) {
    return error.path === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, path: error.path };
  }
  throw error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PackageError('aborted', 'The operation was cancelled.');
}
