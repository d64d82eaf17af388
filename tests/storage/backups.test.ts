import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { BackupInfo, BackupSaveOutcome } from '../../renderer/host/host';
import { getAllAnswers, setAnswer } from '../../renderer/storage/answers';
import {
  createAssessment,
  removeAssessment,
  setChapterComplete,
} from '../../renderer/storage/assessments';
import { addAttachment, getAttachment, sha256Hex } from '../../renderer/storage/attachments';
import { createBackupScheduler } from '../../renderer/storage/backup-scheduler';
import type { OmnibusDb } from '../../renderer/storage/database';
import { getDefinition, saveDefinition } from '../../renderer/storage/definitions';
import { restoreBackup, restoreLatestBackups } from '../../renderer/storage/restore';
import { createSnapshot, readSnapshot, restoreSnapshot } from '../../renderer/storage/snapshot';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT } from './helpers';

let db: OmnibusDb;

// The Electron host's backup folder, in memory.
function folderHost(mode: 'folder' | 'download' = 'folder') {
  const files = new Map<string, { info: BackupInfo; data: Uint8Array }>();
  return {
    files,
    backupMode: mode,
    saveBackup: vi.fn(
      (assessmentId: string, _name: string, data: Uint8Array): Promise<BackupSaveOutcome> => {
        const info = {
          id: `${assessmentId}/backup-${files.size}.zip`,
          assessmentId,
          savedAt: Date.now(),
          size: data.byteLength,
        };
        files.set(info.id, { info, data });
        return Promise.resolve({ kind: 'stored', backup: info });
      },
    ),
    listBackups: () => Promise.resolve([...files.values()].map((f) => f.info).reverse()),
    readBackup: (id: string) => Promise.resolve(files.get(id)?.data ?? new Uint8Array()),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

async function filledAssessment() {
  const a = await createAssessment(db, NEW_ASSESSMENT);
  const ref = await addAttachment(db, {
    assessmentId: a.id,
    questionId: 'q-files',
    name: 'law.pdf',
    blob: new Blob(['%PDF-1.7']),
  });
  await setAnswer(db, a.id, { questionId: 'q-files', value: [ref], baseRevision: 0 });
  await setAnswer(db, a.id, {
    questionId: 'q-text',
    value: 'Article 5 is covered by the Penal Code',
    baseRevision: 0,
  });
  return { a, ref };
}

describe('snapshots', () => {
  it('bring back answers, history and attachment bytes after the database lost them', async () => {
    const { a, ref } = await filledAssessment();
    const snapshot = await createSnapshot(db, a.id);
    await db.delete();
    db = freshDb();
    const outcome = await restoreSnapshot(db, snapshot, 'original');
    expect(outcome).toMatchObject({
      ok: true,
      assessment: { id: a.id, title: NEW_ASSESSMENT.title },
    });
    const answers = await getAllAnswers(db, a.id);
    expect(answers.get('q-text')?.value).toBe('Article 5 is covered by the Penal Code');
    expect(await db.changes.where('assessmentId').equals(a.id).count()).toBe(2);
    const attachment = await getAttachment(db, ref.id);
    expect(await sha256Hex(attachment?.blob ?? new Blob())).toBe(ref.sha256);
  });

  it('keep the chapters the user marked complete', async () => {
    const { a } = await filledAssessment();
    await setChapterComplete(db, a.id, 'ch-2', true);
    await setChapterComplete(db, a.id, 'ch-1', true);
    const snapshot = await createSnapshot(db, a.id);
    await db.delete();
    db = freshDb();
    const outcome = await restoreSnapshot(db, snapshot, 'original');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.assessment.completedChapters).toEqual(['ch-1', 'ch-2']);
  });

  it('carry the questionnaire the user opened from a file, so the assessment opens elsewhere', async () => {
    const opened = await createAssessment(db, {
      ...NEW_ASSESSMENT,
      questionnaireId: 'from-file',
      questionnaireVersion: '2.0.0',
    });
    const text = '{"id":"from-file","version":"2.0.0","title":{"en":"Sent by the secretariat"}}';
    await saveDefinition(db, { id: 'from-file', version: '2.0.0', fileName: 'sent.json', text });
    const snapshot = await createSnapshot(db, opened.id);
    await db.delete();
    db = freshDb();
    expect(await restoreSnapshot(db, snapshot, 'original')).toMatchObject({ ok: true });
    expect(await getDefinition(db, 'from-file', '2.0.0')).toMatchObject({
      fileName: 'sent.json',
      text,
    });
  });

  it('restore nothing when the questionnaire inside is damaged, and say so', async () => {
    const opened = await createAssessment(db, {
      ...NEW_ASSESSMENT,
      questionnaireId: 'from-file',
      questionnaireVersion: '2.0.0',
    });
    await saveDefinition(db, {
      id: 'from-file',
      version: '2.0.0',
      fileName: 'sent.json',
      text: '{"id":"from-file"}',
    });
    const files = unzipSync(await createSnapshot(db, opened.id));
    files['definition.json'] = strToU8('{"id":"tampered"}');
    await db.delete();
    db = freshDb();
    const outcome = await restoreSnapshot(db, zipSync(files), 'original');
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sent\.json.*damaged/),
    });
    expect(await db.assessments.count()).toBe(0);
  });

  it('of an assessment of a shipped questionnaire carry no questionnaire', async () => {
    const { a } = await filledAssessment();
    const files = unzipSync(await createSnapshot(db, a.id));
    expect(files['definition.json']).toBeUndefined();
  });

  it('can be restored as a copy beside the original', async () => {
    const { a, ref } = await filledAssessment();
    const outcome = await restoreSnapshot(db, await createSnapshot(db, a.id), 'copy');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.assessment.id).not.toBe(a.id);
    const [copiedRef] = (await getAllAnswers(db, outcome.assessment.id)).get('q-files')
      ?.value as (typeof ref)[];
    expect(copiedRef?.id).not.toBe(ref.id);
    expect(await db.assessments.count()).toBe(2);
  });

  it('refuses files that are not backups, with a message saying why', () => {
    expect(readSnapshot(strToU8('hello'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a ZIP/),
    });
    expect(readSnapshot(zipSync({ 'x.txt': strToU8('x') }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no backup.json/),
    });
    expect(readSnapshot(zipSync({ 'backup.json': strToU8('{') }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    expect(readSnapshot(zipSync({ 'backup.json': strToU8('{"format":"other"}') }))).toMatchObject({
      ok: false,
    });
  });
});

describe('backup scheduler', () => {
  it('backs up only assessments changed since their last backup, and not those in the bin', async () => {
    const host = folderHost();
    const { a } = await filledAssessment();
    const binned = await createAssessment(db, { ...NEW_ASSESSMENT, title: 'Binned' });
    await removeAssessment(db, binned.id);
    const scheduler = createBackupScheduler(db, host);
    expect(await scheduler.backupChanged()).toBe(1);
    expect(await scheduler.backupChanged()).toBe(0);
    vi.setSystemTime(FIXED_NOW + 60_000);
    await setAnswer(db, a.id, { questionId: 'q-text', value: 'changed', baseRevision: undefined });
    expect(await scheduler.backupChanged()).toBe(1);
    const latest = [...host.files.values()].at(-1)?.data ?? new Uint8Array();
    const read = readSnapshot(latest);
    expect(read.ok && read.manifest.answers.find((x) => x.questionId === 'q-text')?.value).toBe(
      'changed',
    );
  });

  it('knows from the folder what was already backed up in an earlier session', async () => {
    const host = folderHost();
    await filledAssessment();
    await createBackupScheduler(db, host).backupChanged();
    expect(await createBackupScheduler(db, host).backupChanged()).toBe(0);
  });

  it('does not download timed backups in a plain browser, but backs up on demand', async () => {
    const host = folderHost('download');
    const { a } = await filledAssessment();
    const scheduler = createBackupScheduler(db, host);
    expect(await scheduler.backupChanged()).toBe(0);
    await scheduler.backupNow(a.id);
    expect(host.saveBackup).toHaveBeenCalledTimes(1);
    expect(host.saveBackup.mock.calls[0]?.[1]).toMatch(
      /^Self-assessment-2026-2026-01-15T1402\.omnibus-backup\.zip$/,
    );
  });
});

describe('restoring backups', () => {
  it('backs up the current state before restoring over it', async () => {
    const host = folderHost();
    const { a } = await filledAssessment();
    await createBackupScheduler(db, host).backupNow(a.id);
    const [first] = await host.listBackups();
    await setAnswer(db, a.id, {
      questionId: 'q-text',
      value: 'newer text',
      baseRevision: undefined,
    });
    await restoreBackup(db, host, first?.id ?? '');
    expect((await getAllAnswers(db, a.id)).get('q-text')?.value).toBe(
      'Article 5 is covered by the Penal Code',
    );
    const newest = readSnapshot([...host.files.values()].at(-1)?.data ?? new Uint8Array());
    expect(newest.ok && newest.manifest.answers.find((x) => x.questionId === 'q-text')?.value).toBe(
      'newer text',
    );
  });

  it('brings back the newest backup of every assessment when the data went missing', async () => {
    const host = folderHost();
    const { a } = await filledAssessment();
    const b = await createAssessment(db, { ...NEW_ASSESSMENT, title: 'B' });
    const scheduler = createBackupScheduler(db, host);
    await scheduler.backupNow(a.id);
    await setAnswer(db, a.id, { questionId: 'q-text', value: 'latest', baseRevision: undefined });
    await scheduler.backupNow(a.id);
    await scheduler.backupNow(b.id);
    await db.delete();
    db = freshDb();
    expect(await restoreLatestBackups(db, host)).toBe(2);
    expect((await getAllAnswers(db, a.id)).get('q-text')?.value).toBe('latest');
  });
});
