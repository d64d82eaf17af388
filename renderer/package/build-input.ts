import type { AnswerValue, Definition } from '../engine/definition';
import type { Language } from '../i18n/languages';

// What the UI (from storage) or the CLI (from files) hands to the package builders: plain data.

export interface AnswerInput {
  readonly questionId: string;
  readonly value: AnswerValue;
  readonly definitionVersion: string;
  readonly author: string;
  readonly agency: string;
  // Epoch milliseconds (as storage keeps it) or an ISO 8601 string.
  readonly updatedAt: number | string;
  // One of the six UN language codes (storage keeps a string; the builder checks it).
  readonly language: string;
}

export interface AttachmentInput {
  readonly id: string;
  readonly questionId: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export interface AssessmentInput {
  readonly id: string;
  readonly state: string;
  readonly title: string;
  readonly createdAt: number | string;
}

export interface Person {
  readonly name: string;
  readonly agency: string;
}

export type EncryptionChoice =
  | { readonly kind: 'definition' } // encrypt when the definition carries publicKey (the default)
  | { readonly kind: 'none' }
  | { readonly kind: 'public-key'; readonly publicKeyPem: string };

export interface PackageInput {
  readonly definitionText: string;
  readonly definition: Definition;
  readonly assessment: AssessmentInput;
  readonly focalPoint: Person;
  readonly answers: readonly AnswerInput[];
  readonly attachments: readonly AttachmentInput[];
  readonly appVersion: string;
  readonly exportedAt?: number | string;
  readonly reportLanguage?: Language;
  // A richer report from the UI replaces the plain one.
  readonly reportHtml?: string;
  readonly encryption?: EncryptionChoice;
}

export type BuildPhase = 'preparing' | 'hashing' | 'packing' | 'encrypting';

export interface BuildProgress {
  readonly phase: BuildPhase;
  readonly done: number;
  readonly total: number;
}

export interface BuildOptions {
  readonly onProgress?: (progress: BuildProgress) => void;
  readonly signal?: AbortSignal;
}

export function toIso(time: number | string | Date): string {
  return new Date(time).toISOString();
}
