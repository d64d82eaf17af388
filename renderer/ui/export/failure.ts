import type { TFunction } from 'i18next';
import { HostError, type HostErrorCode } from '../../host/host';
import { PackageError, type PackageErrorCode } from '../../package';
import { isQuotaError } from '../../storage/errors';

// Why an export, hand-off or import did not happen, in terms the user can act on.
export type TaskFailure =
  | { readonly kind: 'package'; readonly code: PackageErrorCode }
  | { readonly kind: 'host'; readonly code: HostErrorCode }
  | { readonly kind: 'storage-full' }
  | { readonly kind: 'definition-missing' }
  | { readonly kind: 'no-handoff' }
  | { readonly kind: 'changed-since'; readonly count: number }
  | { readonly kind: 'target-not-empty'; readonly count: number }
  | { readonly kind: 'unexpected'; readonly message: string };

// Thrown by the flows themselves for failures that are not the package's or the host's.
export class TaskError extends Error {
  constructor(readonly failure: TaskFailure) {
    super(failure.kind);
    this.name = 'TaskError';
  }
}

export function classifyFailure(error: unknown): TaskFailure {
  if (error instanceof TaskError) return error.failure;
  if (error instanceof PackageError) return { kind: 'package', code: error.code };
  if (error instanceof HostError) return { kind: 'host', code: error.code };
  if (isQuotaError(error)) return { kind: 'storage-full' };
  if (error instanceof DOMException && error.name === 'AbortError')
    return { kind: 'package', code: 'aborted' };
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}

export function isCancelled(failure: TaskFailure): boolean {
  return failure.kind === 'package' && failure.code === 'aborted';
}

// One localized sentence (or two: what is wrong, what to do) for any failure.
export function failureMessage(failure: TaskFailure, t: TFunction): string {
  switch (failure.kind) {
    case 'package':
      return t(`package:errors.${failure.code}`);
    case 'host':
      return t(`package:host.${failure.code}`);
    case 'storage-full':
      return t('package:failure.storageFull');
    case 'definition-missing':
      return t('package:failure.definitionMissing');
    case 'no-handoff':
      return t('package:failure.noHandoff');
    case 'changed-since':
      return t('package:failure.changedSince', { count: failure.count });
    case 'target-not-empty':
      return t('package:failure.targetNotEmpty', { count: failure.count });
    case 'unexpected':
      return t('package:failure.unexpected', { message: failure.message });
  }
}
