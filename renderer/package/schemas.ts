import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { ID_PATTERN, QUESTION_TYPES } from '../engine/definition';

// The two JSON documents of a response package. docs/schemas/*.schema.json are generated from these.

export const PACKAGE_FORMAT = 'omnibus-response-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const ENCRYPTION_ALGORITHM = 'RSA-OAEP-SHA256/AES-256-GCM';
export const PACKAGE_KINDS = ['response', 'handoff', 'contribution'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256 digest');
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'standard base64');
const isoTime = z.iso.datetime({ offset: true });
const questionId = z.string().regex(ID_PATTERN);

export const fileEntrySchema = z.strictObject({
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256,
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const plainContentSchema = z.strictObject({
  kind: z.literal('plain'),
  files: z.array(fileEntrySchema).describe('Every member of the archive except manifest.json'),
});

export const encryptedContentSchema = z.strictObject({
  kind: z.literal('encrypted'),
  algorithm: z.literal(ENCRYPTION_ALGORITHM),
  keySha256: sha256.describe('SHA-256 of the DER (SPKI) bytes of the public key used'),
  wrappedKey: base64.describe(
    'The AES-256 key encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256, no label)',
  ),
  iv: base64.describe('12-byte AES-GCM nonce'),
  payload: z.strictObject({
    path: z.literal('payload.bin'),
    size: z.number().int().nonnegative().describe('Ciphertext bytes, including the 16-byte tag'),
  }),
});

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  kind: z.enum(PACKAGE_KINDS),
  packageId: z.uuid(),
  questionnaire: z.strictObject({
    id: z.string().regex(ID_PATTERN),
    version: z.string().min(1),
    definitionSha256: sha256.describe('SHA-256 of the definition file bytes (UTF-8)'),
  }),
  assessment: z.strictObject({
    id: z.string().min(1),
    state: z.string().regex(/^([A-Z]{2})?$/, 'an ISO 3166-1 alpha-2 code or empty'),
    title: z.string(),
  }),
  focalPoint: z.strictObject({ name: z.string(), agency: z.string() }),
  languages: z.array(z.enum(LANGUAGES)),
  createdAt: isoTime,
  exportedAt: isoTime,
  appVersion: z.string().min(1),
  content: z.discriminatedUnion('kind', [plainContentSchema, encryptedContentSchema]),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestIdentity = Omit<Manifest, 'content'>;

export const answerEntrySchema = z.strictObject({
  type: z.enum(QUESTION_TYPES),
  instrument: z.string(),
  provision: z.string(),
  value: z
    .unknown()
    .describe('The answer value; its shape depends on `type` (docs/response-package.md)'),
  definitionVersion: z.string().min(1),
  author: z.string(),
  agency: z.string(),
  updatedAt: isoTime,
  language: z.enum(LANGUAGES),
});
export type AnswerEntry = z.infer<typeof answerEntrySchema>;

const answersRecord = z.record(questionId, answerEntrySchema);

export const responsesSchema = z.strictObject({
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  assessmentId: z.string(),
  answers: answersRecord,
});
export type Responses = z.infer<typeof responsesSchema>;

// Present in hand-off and contribution packages: what was handed over and the values at that time.
export const handoffSchema = z.strictObject({
  handoffId: z.uuid(),
  chapters: z.array(z.string().regex(ID_PATTERN)),
  questions: z.array(questionId),
  from: z.strictObject({ name: z.string(), agency: z.string() }),
  to: z.strictObject({ name: z.string(), agency: z.string() }),
  createdAt: isoTime,
  base: answersRecord,
});
export type Handoff = z.infer<typeof handoffSchema>;

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
