// Every shipped version of the database, verbatim. Never edit a shipped entry: add a new one
// with the changed stores and a named migration, and a test in tests/storage/migrations.test.ts
// that opens the previous version, writes data, and reopens at the new one.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  // Dexie store specs: primary key first, then indexes. null deletes a store.
  readonly stores: Readonly<Record<string, string | null>>;
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

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [version1];

export function latestVersion(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): number {
  return Math.max(...versions.map((v) => v.version));
}
