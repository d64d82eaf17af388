// The backup file: a ZIP with backup.json (the assessment, its answers, history and attachment
// list) and attachments/<id> (the bytes). Parsed with zod when read back: a backup is outside data.
import { z } from 'zod';
import { anyAnswerValueSchema } from '../engine/answer-values';

export const SNAPSHOT_FORMAT = 'omnibus-backup';
export const SNAPSHOT_FORMAT_VERSION = 1;

const authorship = { author: z.string(), agency: z.string(), language: z.string() };
const answerValue = anyAnswerValueSchema;

export const assessmentSchema = z.object({
  id: z.string().min(1),
  questionnaireId: z.string(),
  questionnaireVersion: z.string(),
  state: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'complete', 'exported']),
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.number().optional(),
  lastLocation: z
    .object({ questionId: z.string().optional(), provisionId: z.string().optional() })
    .optional(),
  completedChapters: z.array(z.string()).optional(),
});

const answerSchema = z.object({
  assessmentId: z.string(),
  questionId: z.string().min(1),
  value: answerValue,
  definitionVersion: z.string(),
  updatedAt: z.number(),
  revision: z.number().int().nonnegative(),
  ...authorship,
});

const changeSchema = z.object({
  assessmentId: z.string(),
  questionId: z.string().min(1),
  kind: z.enum(['edit', 'undo', 'redo', 'conflict', 'carry-forward', 'restore', 'contribution']),
  oldValue: answerValue.nullable(),
  newValue: answerValue.nullable(),
  revision: z.number().int().nonnegative(),
  at: z.number(),
  reverts: z.number().optional(),
  ...authorship,
});

const attachmentMetaSchema = z.object({
  id: z.string().min(1),
  assessmentId: z.string(),
  questionId: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  addedAt: z.number(),
});

// A questionnaire the user opened from a file travels with the backup (as definition.json, the
// exact text), so the assessment opens on a machine that never saw that file.
const definitionMetaSchema = z.object({
  id: z.string().min(1),
  version: z.string(),
  fileName: z.string(),
  sha256: z.string(),
});

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number(),
  assessment: assessmentSchema,
  answers: z.array(answerSchema),
  changes: z.array(changeSchema),
  attachments: z.array(attachmentMetaSchema),
  definition: definitionMetaSchema.optional(),
});

export type SnapshotManifest = z.infer<typeof snapshotSchema>;
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
