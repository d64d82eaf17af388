// The shapes stored in IndexedDB. Readonly: a record is replaced, never mutated in place.
import type { AnswerValue } from '../engine/definition';

export type AssessmentStatus = 'draft' | 'complete' | 'exported';

export interface AssessmentLocation {
  readonly questionId?: string;
  readonly provisionId?: string;
}

export interface AssessmentRecord {
  readonly id: string;
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  // ISO 3166-1 alpha-2 code of the State answering, or '' before it is chosen.
  readonly state: string;
  readonly title: string;
  readonly status: AssessmentStatus;
  readonly createdAt: number;
  readonly updatedAt: number;
  // Set when moved to the bin; cleared by restore; the record goes only on purge.
  readonly deletedAt?: number;
  readonly lastLocation?: AssessmentLocation;
  // Chapters the user marked complete on the review screen (ids, sorted).
  readonly completedChapters?: readonly string[];
}

// Who wrote a change, taken from the settings at the moment it was committed.
export interface Authorship {
  readonly author: string;
  readonly agency: string;
  // The interface language the answer was written in.
  readonly language: string;
}

export interface AnswerRecord extends Authorship {
  readonly assessmentId: string;
  readonly questionId: string;
  readonly value: AnswerValue;
  // The questionnaire version the answer was given against.
  readonly definitionVersion: string;
  readonly updatedAt: number;
  // Increases by one with every committed change of this answer (also across clears), so a
  // window holding an older revision cannot overwrite a newer answer unnoticed.
  readonly revision: number;
}

export interface AttachmentRecord {
  readonly id: string;
  readonly assessmentId: string;
  readonly questionId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  // Hex SHA-256 of the bytes, computed with WebCrypto when the file was added.
  readonly sha256: string;
  readonly blob: Blob;
  readonly addedAt: number;
}

// edit: typed by the user; undo/redo: reverting or re-applying an earlier change;
// conflict: a write refused because another window changed the answer first (kept, not lost);
// carry-forward and restore: answers brought in from another assessment or a backup;
// contribution: a colleague's answer imported from a contribution package (handoffs.ts).
export type ChangeKind =
  'edit' | 'undo' | 'redo' | 'conflict' | 'carry-forward' | 'restore' | 'contribution';

export interface ChangeRecord extends Authorship {
  // Auto-incremented: orders every change ever made.
  readonly seq?: number;
  readonly assessmentId: string;
  readonly questionId: string;
  readonly kind: ChangeKind;
  // null: the answer was (or became) empty.
  readonly oldValue: AnswerValue | null;
  readonly newValue: AnswerValue | null;
  // The answer's revision after this change (for a conflict: the revision that refused it).
  readonly revision: number;
  readonly at: number;
  // For undo and redo: the change that was reverted or re-applied.
  readonly reverts?: number;
}

export interface Settings {
  readonly language?: string;
  readonly userName?: string;
  readonly agency?: string;
}

// Settings live in one row under a fixed key.
export interface SettingsRecord extends Settings {
  readonly key: 'settings';
}
