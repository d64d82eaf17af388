import type { Dexie } from 'dexie';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { syncMarker } from './assessments';
import { renameAttachmentRefs, sha256Hex } from './attachments';
import type { OmnibusDb } from './database';
import { saveDefinition, type DefinitionRecord } from './definitions';
import type { AnswerRecord, AssessmentRecord, AttachmentRecord, ChangeRecord } from './records';
import {
  snapshotSchema,
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotManifest,
} from './snapshot-format';

const MANIFEST = 'backup.json';
const DEFINITION = 'definition.json';

// Works on any open Dexie with the v1 store names, so it can also save the data of an older
// schema version just before a migration runs.
export async function createSnapshot(db: Dexie, assessmentId: string): Promise<Uint8Array> {
  // Before schema version 3 there is no store of opened questionnaires.
  const withDefinitions = db.tables.some((t) => t.name === 'definitions');
  const stores = ['assessments', 'answers', 'changes', 'attachments'];
  return db.transaction('r', withDefinitions ? [...stores, 'definitions'] : stores, async () => {
    const assessment = await db.table<AssessmentRecord, string>('assessments').get(assessmentId);
    if (!assessment) throw new Error(`No assessment with id ${assessmentId}`);
    const definition = withDefinitions
      ? await db
          .table<DefinitionRecord, [string, string]>('definitions')
          .get([assessment.questionnaireId, assessment.questionnaireVersion])
      : undefined;
    const answers = await db
      .table<AnswerRecord>('answers')
      .where('assessmentId')
      .equals(assessmentId)
      .toArray();
    const changes = await db
      .table<ChangeRecord>('changes')
      .where('assessmentId')
      .equals(assessmentId)
      .toArray();
    const attachments = await db
      .table<AttachmentRecord>('attachments')
      .where('assessmentId')
      .equals(assessmentId)
      .toArray();
    const files: Zippable = {};
    for (const attachment of attachments) {
      files[`attachments/${attachment.id}`] = [
        new Uint8Array(await attachment.blob.arrayBuffer()),
        { level: 0 },
      ];
    }
    if (definition) files[DEFINITION] = strToU8(definition.text);
    const manifest = {
      format: SNAPSHOT_FORMAT,
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      schemaVersion: db.verno,
      createdAt: Date.now(),
      assessment,
      answers,
      changes: changes.map(({ seq: _seq, ...change }) => change),
      attachments: attachments.map(({ blob: _blob, ...meta }) => meta),
      // Left out of the JSON when undefined.
      definition: definition && {
        id: definition.id,
        version: definition.version,
        fileName: definition.fileName,
        sha256: definition.sha256,
      },
    };
    files[MANIFEST] = strToU8(JSON.stringify(manifest));
    return zipSync(files, { level: 6 });
  });
}

export type SnapshotReadResult =
  | {
      readonly ok: true;
      readonly manifest: SnapshotManifest;
      readonly files: Readonly<Record<string, Uint8Array>>;
    }
  | { readonly ok: false; readonly message: string };

export function readSnapshot(bytes: Uint8Array): SnapshotReadResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, message: 'This file is not an Omnibus backup (it is not a ZIP archive).' };
  }
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes)
    return { ok: false, message: `This archive has no ${MANIFEST}: it is not an Omnibus backup.` };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return {
      ok: false,
      message: `${MANIFEST} in this backup is not valid JSON: the file is damaged.`,
    };
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message:
        `This backup cannot be read: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    };
  }
  for (const meta of parsed.data.attachments) {
    if (!files[`attachments/${meta.id}`])
      return { ok: false, message: `This backup lacks the file ${meta.name}.` };
  }
  if (parsed.data.definition && !files[DEFINITION])
    return {
      ok: false,
      message: `This backup lacks the questionnaire ${parsed.data.definition.fileName} it was answered with.`,
    };
  return { ok: true, manifest: parsed.data, files };
}

// Brings a backup back. 'original' replaces the assessment with the same id (answers, history,
// attachments), also recreating it when it is gone; 'copy' adds it as a new assessment.
export async function restoreSnapshot(
  db: OmnibusDb,
  bytes: Uint8Array,
  as: 'original' | 'copy',
): Promise<{ ok: true; assessment: AssessmentRecord } | { ok: false; message: string }> {
  const read = readSnapshot(bytes);
  if (!read.ok) return read;
  const { manifest, files } = read;
  const id = as === 'original' ? manifest.assessment.id : crypto.randomUUID();
  const renamed = new Map(
    manifest.attachments.map((a) => [a.id, as === 'original' ? a.id : crypto.randomUUID()]),
  );
  const { deletedAt: _deletedAt, ...assessmentFields } = manifest.assessment;
  const assessment: AssessmentRecord = { ...assessmentFields, id };
  const definitionBytes = files[DEFINITION];
  if (manifest.definition && definitionBytes) {
    if ((await sha256Hex(definitionBytes)) !== manifest.definition.sha256)
      return {
        ok: false,
        message: `The questionnaire ${manifest.definition.fileName} in this backup is damaged: nothing was restored.`,
      };
    // Already installed (or another file with the same id and version): the installed one stays.
    await saveDefinition(db, {
      id: manifest.definition.id,
      version: manifest.definition.version,
      fileName: manifest.definition.fileName,
      text: strFromU8(definitionBytes),
    });
  }
  await db.transaction('rw', [db.assessments, db.answers, db.attachments, db.changes], async () => {
    await db.answers.where('assessmentId').equals(id).delete();
    await db.attachments.where('assessmentId').equals(id).delete();
    await db.changes.where('assessmentId').equals(id).delete();
    await db.assessments.put(assessment);
    await db.answers.bulkPut(
      manifest.answers.map((a) => ({
        ...a,
        assessmentId: id,
        value: renameAttachmentRefs(a.value, renamed),
      })),
    );
    await db.changes.bulkAdd(manifest.changes.map((c) => ({ ...c, assessmentId: id })));
    await db.attachments.bulkPut(
      manifest.attachments.map((meta) => ({
        ...meta,
        id: renamed.get(meta.id) ?? meta.id,
        assessmentId: id,
        blob: new Blob([new Uint8Array(files[`attachments/${meta.id}`] ?? [])], {
          type: meta.type,
        }),
      })),
    );
  });
  await syncMarker(db);
  return { ok: true, assessment };
}
