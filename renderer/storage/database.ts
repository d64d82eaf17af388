import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AnswerRecord,
  AssessmentRecord,
  AttachmentRecord,
  ChangeRecord,
  SettingsRecord,
} from './records';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

// The typed database. Every transaction commits with strict durability: Chromium reports it
// done only once the data is flushed to disk, so a power cut right after "Saved" loses nothing.
export class OmnibusDb extends Dexie {
  declare readonly assessments: EntityTable<AssessmentRecord, 'id'>;
  declare readonly answers: Table<AnswerRecord, [string, string]>;
  declare readonly attachments: EntityTable<AttachmentRecord, 'id'>;
  declare readonly changes: EntityTable<ChangeRecord, 'seq'>;
  declare readonly settings: EntityTable<SettingsRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.migrate) version.upgrade(entry.migrate);
    }
  }
}

let shared: OmnibusDb | null = null;

// The app's one database; tests make their own with `new OmnibusDb(uniqueName)`.
export function getDatabase(): OmnibusDb {
  shared ??= new OmnibusDb();
  return shared;
}
