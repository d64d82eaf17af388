// Every shipped version of the database, verbatim. Never edit a shipped entry: add a new one
// with the changed stores and a named migration, and a test in tests/storage/migrations.test.ts
// that opens the previous version, writes data, and reopens at the new one.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  // Dexie store specs: primary key first, then indexes. null deletes a store.
  readonly stores: Readonly<Record<string, string | null>>;
  // A named function whenever existing records must change; absent when a version only adds
  // stores or indexes (IndexedDB builds those itself).
  readonly migrate?: (tx: Transaction) => Promise<void>;
}

export const DATABASE_NAME = 'omnibus';

const version1: SchemaVersion = {
  version: 1,
  stores: {
    assessments: 'id, updatedAt, questionnaireId',
    answers: '[assessmentId+questionId], assessmentId',
    attachments: 'id, assessmentId, [assessmentId+questionId]',
    changes: '++seq, assessmentId, [assessmentId+questionId+revision]',
    settings: 'key',
  },
};

// Version 2 adds the hand-offs to colleagues and their imported contributions
// (renderer/storage/handoffs.ts). A new, empty store: no existing record changes, so there is
// no data migration to run.
const version2: SchemaVersion = {
  version: 2,
  stores: {
    handoffs: 'id, assessmentId',
  },
};

// Version 3 adds the questionnaires the user opened from a file (renderer/storage/definitions.ts),
// so an assessment made from one reopens offline. A new, empty store: no data migration.
const version3: SchemaVersion = {
  version: 3,
  stores: {
    definitions: '[id+version], id',
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [version1, version2, version3];

export function latestVersion(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): number {
  return Math.max(...versions.map((v) => v.version));
}
