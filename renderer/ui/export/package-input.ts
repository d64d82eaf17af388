import type { Definition } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import type { AttachmentInput, EncryptionChoice, PackageInput, Person } from '../../package';
import { getAllAnswers } from '../../storage/answers';
import { listAttachments } from '../../storage/attachments';
import type { OmnibusDb } from '../../storage/database';
import type { AssessmentRecord } from '../../storage/records';
import { reportingStateQuestionId } from '../assessment/reporting-state';
import { definitionText } from './definition-text';
import { TaskError } from './failure';

export interface PackageSource {
  readonly db: OmnibusDb;
  readonly assessment: AssessmentRecord;
  readonly definition: Definition;
  readonly focalPoint: Person;
  readonly language: Language;
  readonly encrypt: boolean;
  readonly now: Date;
}

// The State answering: as recorded on the assessment, else the answer to the profile's
// country question (assessments answered before the two were kept in step).
export function reportingState(
  assessment: AssessmentRecord,
  definition: Definition,
  answers: ReadonlyMap<string, { readonly value: unknown }>,
): string {
  if (assessment.state) return assessment.state;
  const questionId = reportingStateQuestionId(definition);
  const value = questionId === undefined ? undefined : answers.get(questionId)?.value;
  return typeof value === 'string' ? value : '';
}

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

// Everything a package needs, read from storage at the moment of export: answers as stored
// (author, agency, time, language each), the bytes of every attached file, the definition text.
export async function packageInput(source: PackageSource): Promise<PackageInput> {
  const { db, assessment, definition } = source;
  const text = await definitionText(definition.id, definition.version);
  if (text === null) throw new TaskError({ kind: 'definition-missing' });
  const stored = await getAllAnswers(db, assessment.id);
  const answers = [...stored.values()];
  const attachments = await Promise.all(
    (await listAttachments(db, assessment.id)).map(async (a): Promise<AttachmentInput> => ({
      id: a.id,
      questionId: a.questionId,
      name: a.name,
      type: a.type,
      bytes: new Uint8Array(await a.blob.arrayBuffer()),
    })),
  );
  const encryption: EncryptionChoice = source.encrypt ? { kind: 'definition' } : { kind: 'none' };
  return {
    definitionText: text,
    definition,
    assessment: {
      id: assessment.id,
      state: reportingState(assessment, definition, stored),
      title: assessment.title,
      createdAt: assessment.createdAt,
    },
    focalPoint: source.focalPoint,
    answers,
    attachments,
    appVersion: APP_VERSION,
    exportedAt: source.now.getTime(),
    reportLanguage: source.language,
    encryption,
  };
}
