import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../renderer/host';
import {
  buildContributionPackage,
  generateKeyPairPem,
  PackageError,
  readPackage,
  verifyPackage,
  type AnswerInput,
} from '../../../renderer/package';
import { getAllAnswers, setAnswer } from '../../../renderer/storage/answers';
import { createAssessment, getAssessment } from '../../../renderer/storage/assessments';
import type { OmnibusDb } from '../../../renderer/storage/database';
import { listHandoffs } from '../../../renderer/storage/handoffs';
import type { AssessmentRecord } from '../../../renderer/storage/records';
import { exportHandoff } from '../../../renderer/ui/contributions/handoff-flow';
import { applyReview, readContribution } from '../../../renderer/ui/contributions/import-flow';
import { receiveHandoffFile } from '../../../renderer/ui/contributions/receive-flow';
import { sendContributionBack } from '../../../renderer/ui/contributions/send-back-flow';
import { undoContribution } from '../../../renderer/ui/contributions/undo-import';
import { exportForSecretariat } from '../../../renderer/ui/export/export-flow';
import { classifyFailure, TaskError } from '../../../renderer/ui/export/failure';
import { freshDb, FIXED_NOW, memoryMarker } from '../../storage/helpers';
import { recordingHost, SAMPLE_PATH, sampleDefinition, taskContext } from './helpers';

const definition = sampleDefinition();
const focal = { author: 'Marie Curie', agency: 'Ministry of Justice', language: 'fr' };
const colleague = { name: 'Li Wei', agency: 'Ministry of Interior' };
const NOW = new Date(FIXED_NOW);

let db: OmnibusDb;
let assessment: AssessmentRecord;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
  assessment = await createAssessment(db, {
    questionnaireId: 'sample',
    questionnaireVersion: '1.0.0',
    title: 'Auto-évaluation 2026',
    state: 'FR',
  });
  for (const [questionId, value] of [
    ['profile-country', 'FR'],
    ['untoc-art-5-compliance', 'partial'],
    ['untoc-art-5-explain', 'Article 450-1 du code pénal'],
  ] as const)
    await setAnswer(db, assessment.id, { questionId, value, baseRevision: 0 }, focal);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const source = (encrypt = true) => ({
  db,
  assessment,
  definition,
  focalPoint: { name: focal.author, agency: focal.agency },
  language: 'fr' as const,
  encrypt,
  now: NOW,
});

const values = async () =>
  Object.fromEntries([...(await getAllAnswers(db, assessment.id))].map(([id, a]) => [id, a.value]));

describe('export for the secretariat', () => {
  it('saves a package that verifies, named after the State, and marks the assessment exported', async () => {
    const { host, saved } = recordingHost();
    const { context, steps } = taskContext();
    const outcome = await exportForSecretariat(context, source(), host);
    expect(outcome).toEqual({
      kind: 'saved',
      path: '/home/fp/FR-sample-2026-01-15.omnibus',
      fileName: 'FR-sample-2026-01-15.omnibus',
      encrypted: false,
    });
    const report = await verifyPackage(saved[0]!.data);
    expect(report.ok).toBe(true);
    expect(report.manifest?.assessment.state).toBe('FR');
    const opened = await readPackage(saved[0]!.data);
    expect(opened.responses.answers['untoc-art-5-compliance']).toMatchObject({
      value: 'partial',
      author: 'Marie Curie',
      agency: 'Ministry of Justice',
    });
    const sha = await crypto.subtle.digest('SHA-256', readFileSync(SAMPLE_PATH));
    expect(opened.manifest.questionnaire.definitionSha256).toBe(Buffer.from(sha).toString('hex'));
    expect(steps).toContain('saving');
    expect((await getAssessment(db, assessment.id))?.status).toBe('exported');
  });

  it('names the State from the profile when the assessment does not record one', async () => {
    const unnamed = await createAssessment(db, {
      questionnaireId: 'sample',
      questionnaireVersion: '1.0.0',
      title: 'Sin Estado',
    });
    await setAnswer(
      db,
      unnamed.id,
      { questionId: 'profile-country', value: 'MX', baseRevision: 0 },
      focal,
    );
    const { host, saved } = recordingHost();
    const outcome = await exportForSecretariat(
      taskContext().context,
      { ...source(), assessment: unnamed },
      host,
    );
    expect(outcome).toMatchObject({ fileName: 'MX-sample-2026-01-15.omnibus' });
    expect((await verifyPackage(saved[0]!.data)).manifest?.assessment.state).toBe('MX');
  });

  it('encrypts when the questionnaire carries the secretariat key', async () => {
    const keys = await generateKeyPairPem();
    const { host, saved } = recordingHost();
    const keyed = { ...source(), definition: { ...definition, publicKey: keys.publicKeyPem } };
    const outcome = await exportForSecretariat(taskContext().context, keyed, host);
    expect(outcome.kind === 'saved' && outcome.encrypted).toBe(true);
    await expect(readPackage(saved[0]!.data)).rejects.toMatchObject({ code: 'key-required' });
    const opened = await readPackage(saved[0]!.data, { privateKey: keys.privateKeyPem });
    expect(Object.keys(opened.responses.answers)).toHaveLength(3);
  });

  it('leaves the status alone when the save dialog is closed or the disk is full', async () => {
    const cancelled = await exportForSecretariat(
      taskContext().context,
      source(),
      recordingHost('cancel').host,
    );
    expect(cancelled).toEqual({ kind: 'not-saved' });
    const full = await exportForSecretariat(
      taskContext().context,
      source(),
      recordingHost(new HostError('disk-full', 'The disk is full')).host,
    ).catch((e: unknown) => classifyFailure(e));
    expect(full).toEqual({ kind: 'host', code: 'disk-full' });
    expect((await getAssessment(db, assessment.id))?.status).toBe('draft');
  });

  it('stops when cancelled, saving nothing', async () => {
    const abort = new AbortController();
    abort.abort();
    const { host, saved } = recordingHost();
    const failure = await exportForSecretariat(taskContext(abort.signal).context, source(), host)
      .then(() => null)
      .catch((e: unknown) => classifyFailure(e));
    expect(failure).toEqual({ kind: 'package', code: 'aborted' });
    expect(saved).toEqual([]);
  });
});

// The colleague's side, as their Omnibus would do it: open the hand-off, answer, send back.
async function contributionFrom(handoffBytes: Uint8Array, answers: Record<string, unknown>) {
  const received = await readPackage(handoffBytes, { expectKind: 'handoff' });
  const handoff = received.handoff!;
  // What came in the hand-off stays as it was, unless the colleague answered it anew.
  const kept: AnswerInput[] = Object.entries(received.responses.answers)
    .filter(([questionId]) => !(questionId in answers))
    .map(([questionId, entry]) => ({
      ...entry,
      questionId,
      value: entry.value as AnswerInput['value'],
    }));
  const theirs: AnswerInput[] = Object.entries(answers).map(([questionId, value]) => ({
    questionId,
    value: value as AnswerInput['value'],
    definitionVersion: '1.0.0',
    author: colleague.name,
    agency: colleague.agency,
    updatedAt: FIXED_NOW + 3_600_000,
    language: 'zh',
  }));
  return buildContributionPackage(
    {
      definitionText: readFileSync(SAMPLE_PATH, 'utf8'),
      definition,
      assessment: { id: crypto.randomUUID(), state: 'FR', title: 'Interior', createdAt: FIXED_NOW },
      focalPoint: colleague,
      answers: [...kept, ...theirs],
      attachments: [],
      appVersion: '0.0.0-test',
    },
    handoff,
  );
}

async function handOff(): Promise<Uint8Array> {
  const { host, saved } = recordingHost();
  const outcome = await exportHandoff(
    taskContext().context,
    source(false),
    { chapters: ['untoc-criminalization'], to: colleague },
    host,
  );
  expect(outcome).toMatchObject({
    kind: 'saved',
    fileName: 'FR-sample-handoff-Ministry-of-Interior-2026-01-15.omnibus',
  });
  return saved[0]!.data;
}

describe('hand-off, contribution, import', () => {
  it('keeps the hand-off, merges question by question, applies the choices, and undoes', async () => {
    const handoffBytes = await handOff();
    const [record] = await listHandoffs(db, assessment.id);
    expect(record?.handoff.questions).toContain('untoc-art-5-compliance');
    expect(Object.keys(record?.handoff.base ?? {})).not.toContain('profile-country');
    // The focal point keeps working meanwhile.
    await setAnswer(
      db,
      assessment.id,
      { questionId: 'untoc-art-5-compliance', value: 'yes', baseRevision: undefined },
      focal,
    );
    const contribution = await contributionFrom(handoffBytes, {
      'untoc-art-5-compliance': 'no',
      'untoc-art-5-explain': 'Articles 450-1 et 450-2 du code pénal',
      'untoc-art-29-training': 'yes',
    });
    const before = await values();
    const review = await readContribution(
      taskContext().context,
      { db, assessment, definition },
      { name: 'back.omnibus', data: contribution },
    );
    expect(await values()).toEqual(before);
    expect(review.contributor).toEqual(colleague);
    expect(review.merge.changes.map((c) => c.questionId)).toEqual([
      'untoc-art-5-explain',
      'untoc-art-29-training',
    ]);
    const [conflict] = review.merge.conflicts;
    expect(conflict).toMatchObject({
      questionId: 'untoc-art-5-compliance',
      mine: { value: 'yes', author: 'Marie Curie' },
      theirs: { value: 'no', author: 'Li Wei', agency: 'Ministry of Interior' },
    });
    // Every conflict needs a choice.
    await expect(applyReview(taskContext().context, db, review, {})).rejects.toBeInstanceOf(
      PackageError,
    );
    expect(await values()).toEqual(before);

    const applied = await applyReview(taskContext().context, db, review, {
      'untoc-art-5-compliance': 'theirs',
    });
    expect(applied.changed).toHaveLength(3);
    const answers = await getAllAnswers(db, assessment.id);
    expect(answers.get('untoc-art-5-compliance')).toMatchObject({ value: 'no', author: 'Li Wei' });
    expect(answers.get('untoc-art-29-training')).toMatchObject({
      value: 'yes',
      agency: 'Ministry of Interior',
      language: 'zh',
    });
    expect(answers.get('profile-country')).toMatchObject({ value: 'FR', author: 'Marie Curie' });

    await undoContribution(taskContext().context, db, record!.id, applied.id);
    expect(await values()).toEqual(before);
    expect((await getAllAnswers(db, assessment.id)).get('untoc-art-5-compliance')).toMatchObject({
      author: 'Marie Curie',
    });
  });

  it('keeps my answer when I choose mine, and applies the rest', async () => {
    const handoffBytes = await handOff();
    await setAnswer(
      db,
      assessment.id,
      { questionId: 'untoc-art-5-compliance', value: 'yes', baseRevision: undefined },
      focal,
    );
    const contribution = await contributionFrom(handoffBytes, { 'untoc-art-5-compliance': 'no' });
    const review = await readContribution(
      taskContext().context,
      { db, assessment, definition },
      { name: 'back.omnibus', data: contribution },
    );
    const applied = await applyReview(taskContext().context, db, review, {
      'untoc-art-5-compliance': 'mine',
    });
    expect(applied.changed).toEqual([]);
    expect((await values())['untoc-art-5-compliance']).toBe('yes');
  });

  it('refuses hostile or wrong files with a code, leaving the database untouched', async () => {
    const handoffBytes = await handOff();
    const before = await values();
    const attempt = (data: Uint8Array) =>
      readContribution(taskContext().context, { db, assessment, definition }, { name: 'x', data })
        .then(() => null)
        .catch((e: unknown) => classifyFailure(e));
    expect(await attempt(new TextEncoder().encode('not a zip at all'))).toEqual({
      kind: 'package',
      code: 'archive-invalid',
    });
    expect(await attempt(handoffBytes)).toEqual({ kind: 'package', code: 'wrong-kind' });
    const truncated = (await contributionFrom(handoffBytes, {})).slice(0, 200);
    expect((await attempt(truncated))?.kind).toBe('package');
    // A contribution to a hand-off this assessment never made.
    const other = await createAssessment(db, {
      questionnaireId: 'sample',
      questionnaireVersion: '1.0.0',
      title: 'Another',
      state: 'FR',
    });
    const stray = await readContribution(
      taskContext().context,
      { db, assessment: other, definition },
      { name: 'x', data: await contributionFrom(handoffBytes, {}) },
    ).catch((e: unknown) => e);
    expect(stray).toBeInstanceOf(TaskError);
    expect(classifyFailure(stray)).toEqual({ kind: 'no-handoff' });
    expect(await values()).toEqual(before);
  });

  it('writes nothing when an answer changed between the conflict screen and Import', async () => {
    const handoffBytes = await handOff();
    const contribution = await contributionFrom(handoffBytes, {
      'untoc-art-5-explain': 'their text',
      'untoc-art-29-training': 'no',
    });
    const review = await readContribution(
      taskContext().context,
      { db, assessment, definition },
      { name: 'back.omnibus', data: contribution },
    );
    await setAnswer(
      db,
      assessment.id,
      { questionId: 'untoc-art-5-explain', value: 'typed meanwhile', baseRevision: undefined },
      focal,
    );
    const failure = await applyReview(taskContext().context, db, review, {}).catch((e: unknown) =>
      classifyFailure(e),
    );
    expect(failure).toEqual({ kind: 'changed-since', count: 1 });
    expect((await values())['untoc-art-29-training']).toBeUndefined();
  });
});

describe('the colleague’s side', () => {
  let theirDb: OmnibusDb;
  afterEach(async () => {
    await theirDb.delete();
  });

  it('opens the hand-off in an empty assessment, answers, and sends back a contribution that merges', async () => {
    const handoffBytes = await handOff();
    theirDb = freshDb();
    const theirs = await createAssessment(theirDb, {
      questionnaireId: 'sample',
      questionnaireVersion: '1.0.0',
      title: 'Intérieur',
    });
    const received = await receiveHandoffFile(
      taskContext().context,
      { db: theirDb, assessment: theirs, definition },
      { name: 'handoff.omnibus', data: handoffBytes },
    );
    expect(received.filled).toBe(2);
    expect(received.from).toEqual({ name: 'Marie Curie', agency: 'Ministry of Justice' });
    // The focal point's answers arrive with the focal point's name.
    expect((await getAllAnswers(theirDb, theirs.id)).get('untoc-art-5-explain')).toMatchObject({
      value: 'Article 450-1 du code pénal',
      author: 'Marie Curie',
    });
    const li = { author: colleague.name, agency: colleague.agency, language: 'zh' };
    await setAnswer(
      theirDb,
      theirs.id,
      { questionId: 'untoc-art-29-training', value: 'yes', baseRevision: 0 },
      li,
    );
    // Outside the hand-off: kept, not sent.
    await setAnswer(
      theirDb,
      theirs.id,
      { questionId: 'tip-art-10-training', value: 'no', baseRevision: 0 },
      li,
    );
    const { host, saved } = recordingHost();
    const outcome = await sendContributionBack(
      taskContext().context,
      {
        db: theirDb,
        // As the live record now is: the State came with the hand-off.
        assessment: (await getAssessment(theirDb, theirs.id))!,
        definition,
        focalPoint: colleague,
        language: 'zh',
        now: NOW,
      },
      received.record,
      host,
    );
    expect(outcome).toMatchObject({
      kind: 'saved',
      sent: 3,
      kept: 1,
      fileName: 'FR-sample-contribution-Ministry-of-Interior-2026-01-15.omnibus',
    });
    const review = await readContribution(
      taskContext().context,
      { db, assessment, definition },
      { name: 'back.omnibus', data: saved[0]!.data },
    );
    expect(review.merge.conflicts).toEqual([]);
    expect(review.merge.changes.map((c) => [c.questionId, c.after?.author])).toEqual([
      ['untoc-art-29-training', 'Li Wei'],
    ]);
  });

  it('refuses to fill a hand-off into an assessment that already answers its questions', async () => {
    const handoffBytes = await handOff();
    theirDb = freshDb();
    const failure = await receiveHandoffFile(
      taskContext().context,
      { db, assessment, definition },
      { name: 'handoff.omnibus', data: handoffBytes },
    ).catch((e: unknown) => classifyFailure(e));
    expect(failure).toEqual({ kind: 'target-not-empty', count: 2 });
    expect(await values()).toEqual({
      'profile-country': 'FR',
      'untoc-art-5-compliance': 'partial',
      'untoc-art-5-explain': 'Article 450-1 du code pénal',
    });
  });
});
