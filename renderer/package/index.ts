// The response package: build, read, verify, encrypt, merge. Pure TypeScript for the UI and the CLI.
export { aggregate, latestPerState, type AggregateTables } from './aggregate';
export type {
  AnswerInput,
  AttachmentInput,
  AssessmentInput,
  BuildOptions,
  BuildProgress,
  EncryptionChoice,
  PackageInput,
  Person,
} from './build-input';
export { buildPackage } from './build-package';
export type { PackageAttachment, PackageContents } from './contents';
export {
  PACKAGE_ERROR_CODES,
  PackageError,
  type PackageErrorCode,
  type PackageProblem,
} from './errors';
export {
  buildContributionPackage,
  buildHandoffPackage,
  type BuiltHandoff,
  type HandoffRequest,
} from './handoff';
export { generateKeyPairPem, importPrivateKeyPem, importPublicKeyPem, MIN_RSA_BITS } from './keys';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export {
  invertChanges,
  mergeContribution,
  resolveConflicts,
  type AnswerChange,
  type AnswerSnapshot,
  type ConflictChoice,
  type MergeConflict,
  type MergeResult,
} from './merge';
export { decryptPackage, readPackage, type OpenedPackage, type ReadOptions } from './read-package';
export type { Handoff, Manifest, PackageKind, Responses } from './schemas';
export { verifyPackage, type VerifyReport } from './verify-package';
