import { answerSchemaFor } from '../engine/answers';
import type { AttachmentRef } from '../engine/definition';
import { attachmentPath } from './attachment-paths';
import { fromUtf8, sha256Hex } from './bytes';
import { PackageError } from './errors';
import type { ReadLimits } from './limits';
import type { OpenedArchive } from './archive';
import { attachmentRefs } from './responses';
import { parseUntrustedJson } from './safe-json';
import {
  type Handoff,
  type Manifest,
  type Responses,
  describeZodError,
  handoffSchema,
  responsesSchema,
} from './schemas';

export interface PackageAttachment extends AttachmentRef {
  readonly questionId: string;
  readonly bytes: Uint8Array;
}

export interface PackageContents {
  readonly manifest: Manifest;
  readonly responses: Responses;
  readonly handoff: Handoff | null;
  readonly attachments: readonly PackageAttachment[];
  readonly reportHtml: string | null;
  readonly answersCsv: string | null;
}

function required(archive: OpenedArchive, path: string): Uint8Array {
  const bytes = archive.files.get(path);
  if (!bytes) throw new PackageError('file-missing', `The package has no ${path}.`, path);
  return bytes;
}

function parseWith<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: import('zod').ZodError };
  },
  value: unknown,
  path: string,
  code: 'responses-invalid' | 'handoff-invalid',
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new PackageError(code, `${path} is malformed: ${describeZodError(parsed.error)}`, path);
  return parsed.data;
}

function checkAnswers(answers: Responses['answers'], path: string): void {
  for (const [questionId, entry] of Object.entries(answers)) {
    const parsed = answerSchemaFor(entry).safeParse(entry.value);
    if (!parsed.success) {
      throw new PackageError(
        'answer-invalid',
        `${path}: the answer to "${questionId}" is not a valid ${entry.type} value (${describeZodError(parsed.error)}).`,
        path,
      );
    }
  }
}

// The documents of a plain archive whose members all matched the manifest, parsed and cross-checked.
export async function readContents(
  archive: OpenedArchive,
  limits: ReadLimits,
): Promise<PackageContents> {
  const { manifest } = archive;
  const responses = parseWith(
    responsesSchema,
    parseUntrustedJson(required(archive, 'responses.json'), 'responses.json', limits),
    'responses.json',
    'responses-invalid',
  );
  if (
    responses.questionnaire.id !== manifest.questionnaire.id ||
    responses.questionnaire.version !== manifest.questionnaire.version ||
    responses.assessmentId !== manifest.assessment.id
  ) {
    throw new PackageError(
      'manifest-mismatch',
      'responses.json belongs to another questionnaire or assessment than the manifest says.',
      'responses.json',
    );
  }
  checkAnswers(responses.answers, 'responses.json');
  let handoff: Handoff | null = null;
  if (manifest.kind !== 'response') {
    handoff = parseWith(
      handoffSchema,
      parseUntrustedJson(required(archive, 'handoff.json'), 'handoff.json', limits),
      'handoff.json',
      'handoff-invalid',
    );
    checkAnswers(handoff.base, 'handoff.json');
  }
  const attachments: PackageAttachment[] = [];
  const referenced = new Set<string>();
  for (const { questionId, ref } of attachmentRefs(responses.answers)) {
    const path = attachmentPath(ref.id, ref.name);
    referenced.add(path);
    const bytes = required(archive, path);
    if (bytes.length !== ref.size || (await sha256Hex(bytes)) !== ref.sha256) {
      throw new PackageError(
        'file-changed',
        `"${path}" does not match the answer that attaches it to "${questionId}".`,
        path,
      );
    }
    attachments.push({ ...ref, questionId, bytes });
  }
  for (const path of archive.files.keys()) {
    if (path.startsWith('attachments/') && !referenced.has(path)) {
      throw new PackageError('unknown-file', `"${path}" is attached to no answer.`, path);
    }
  }
  const text = (path: string): string | null => {
    const bytes = archive.files.get(path);
    return bytes ? fromUtf8(bytes) : null;
  };
  return {
    manifest,
    responses,
    handoff,
    attachments,
    reportHtml: text('report.html'),
    answersCsv: text('answers.csv'),
  };
}
