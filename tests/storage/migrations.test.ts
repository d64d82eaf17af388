// The pattern every schema change follows: open the previous version, write data, reopen at
// the new one, check the data came through. The shipped versions are tested below; a stand-in
// next version (with a data migration) proves the harness for changes to come.
import type { Transaction } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAnswer } from '../../renderer/storage/answers';
import { createAssessment } from '../../renderer/storage/assessments';
import { OmnibusDb } from '../../renderer/storage/database';
import { openStorage } from '../../renderer/storage/open-storage';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../renderer/storage/schema';
import { readSnapshot } from '../../renderer/storage/snapshot';
import { FIXED_NOW, memoryMarker, NEW_ASSESSMENT } from './helpers';

async function addAnswerCounts(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  await tx.table('answers').each((a: { assessmentId: string }) => {
    counts.set(a.assessmentId, (counts.get(a.assessmentId) ?? 0) + 1);
  });
  await tx
    .table('assessments')
    .toCollection()
    .modify((a: { id: string; answerCount?: number }) => {
      a.answerCount = counts.get(a.id) ?? 0;
    });
}

const SHIPPED_V1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);
const LATEST = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

const testNextVersion: SchemaVersion = {
  version: LATEST + 1,
  stores: { assessments: 'id, updatedAt, questionnaireId, status' },
  migrate: addAnswerCountToAssessmentsForTest,
};

function addAnswerCountToAssessmentsForTest(tx: Transaction) {
  return addAnswerCounts(tx);
}

let name = '';
afterEach(async () => {
  vi.useRealTimers();
  await new OmnibusDb(name).delete();
});

async function writeVersion1(): Promise<string> {
  name = `omnibus-migration-${Math.random().toString(36).slice(2)}`;
  const v1 = new OmnibusDb(name, SHIPPED_V1);
  const a = await createAssessment(v1, NEW_ASSESSMENT);
  await setAnswer(v1, a.id, { questionId: 'q1', value: 'written at v1', baseRevision: 0 });
  await setAnswer(v1, a.id, { questionId: 'q2', value: 42, baseRevision: 0 });
  v1.close();
  return a.id;
}

describe('schema versions', () => {
  it('ship every version exactly as released (edit nothing here: add a version)', () => {
    expect(SCHEMA_VERSIONS.map((v) => [v.version, v.stores])).toEqual([
      [
        1,
        {
          assessments: 'id, updatedAt, questionnaireId',
          answers: '[assessmentId+questionId], assessmentId',
          attachments: 'id, assessmentId, [assessmentId+questionId]',
          changes: '++seq, assessmentId, [assessmentId+questionId+revision]',
          settings: 'key',
        },
      ],
      [2, { handoffs: 'id, assessmentId' }],
      [3, { definitions: '[id+version], id' }],
    ]);
  });

  it('version 2: a version 1 database opens with its data, and gains the hand-offs store', async () => {
    memoryMarker();
    const id = await writeVersion1();
    const v2 = new OmnibusDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= 2));
    await v2.open();
    expect(v2.verno).toBe(2);
    expect((await v2.answers.get([id, 'q1']))?.value).toBe('written at v1');
    expect(await v2.changes.where('assessmentId').equals(id).count()).toBe(2);
    await v2.table('handoffs').put({ id: 'h1', assessmentId: id });
    expect(await v2.table('handoffs').where('assessmentId').equals(id).count()).toBe(1);
    v2.close();
  });

  it('a next version with a data migration: data kept and migrated (the pattern to follow)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
    memoryMarker();
    const id = await writeVersion1();
    const next = new OmnibusDb(name, [...SCHEMA_VERSIONS, testNextVersion]);
    await next.open();
    expect(next.verno).toBe(LATEST + 1);
    expect(await next.assessments.get(id)).toMatchObject({
      title: NEW_ASSESSMENT.title,
      answerCount: 2,
    });
    expect((await next.answers.get([id, 'q1']))?.value).toBe('written at v1');
    expect(await next.assessments.where('status').equals('draft').count()).toBe(1);
    next.close();
  });

  it('back up every assessment, as it was, before a migration runs', async () => {
    memoryMarker();
    const id = await writeVersion1();
    const saved: { id: string; snapshot: Uint8Array }[] = [];
    const result = await openStorage({
      name,
      versions: [...SCHEMA_VERSIONS, testNextVersion],
      beforeMigration: (assessmentId, snapshot) => {
        saved.push({ id: assessmentId, snapshot });
        return Promise.resolve();
      },
    });
    expect(result.kind).toBe('ready');
    expect(saved.map((s) => s.id)).toEqual([id]);
    const read = readSnapshot(saved[0]?.snapshot ?? new Uint8Array());
    expect(read.ok && read.manifest.schemaVersion).toBe(1);
    expect(read.ok && read.manifest.answers.map((a) => a.value)).toEqual(['written at v1', 42]);
    if (result.kind === 'ready') result.db.close();
  });

  it('take no pre-migration backup when the version is current', async () => {
    memoryMarker();
    await writeVersion1();
    const current = new OmnibusDb(name);
    await current.open();
    current.close();
    const beforeMigration = vi.fn(() => Promise.resolve());
    const result = await openStorage({ name, beforeMigration });
    expect(beforeMigration).not.toHaveBeenCalled();
    if (result.kind === 'ready') result.db.close();
  });
});
