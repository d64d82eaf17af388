// The pattern every schema change follows: open the previous version, write data, reopen at
// the new one, check the data came through. Version 2 here is a stand-in proving the harness;
// when a real version 2 ships, it goes in SCHEMA_VERSIONS and gets a test like this one.
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

const testVersion2: SchemaVersion = {
  version: 2,
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
  const v1 = new OmnibusDb(name, SCHEMA_VERSIONS);
  const a = await createAssessment(v1, NEW_ASSESSMENT);
  await setAnswer(v1, a.id, { questionId: 'q1', value: 'written at v1', baseRevision: 0 });
  await setAnswer(v1, a.id, { questionId: 'q2', value: 42, baseRevision: 0 });
  v1.close();
  return a.id;
}

describe('schema versions', () => {
  it('ship version 1 exactly as released (edit nothing here: add a version)', () => {
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
    ]);
  });

  it('open a version 1 database at version 2, data kept and migrated', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
    memoryMarker();
    const id = await writeVersion1();
    const v2 = new OmnibusDb(name, [...SCHEMA_VERSIONS, testVersion2]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.assessments.get(id)).toMatchObject({
      title: NEW_ASSESSMENT.title,
      answerCount: 2,
    });
    expect((await v2.answers.get([id, 'q1']))?.value).toBe('written at v1');
    expect(await v2.assessments.where('status').equals('draft').count()).toBe(1);
    v2.close();
  });

  it('back up every assessment, as it was, before a migration runs', async () => {
    memoryMarker();
    const id = await writeVersion1();
    const saved: { id: string; snapshot: Uint8Array }[] = [];
    const result = await openStorage({
      name,
      versions: [...SCHEMA_VERSIONS, testVersion2],
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
    const beforeMigration = vi.fn(() => Promise.resolve());
    const result = await openStorage({ name, beforeMigration });
    expect(beforeMigration).not.toHaveBeenCalled();
    if (result.kind === 'ready') result.db.close();
  });
});
