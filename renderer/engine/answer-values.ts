import { z } from 'zod';

// The answer values stored for each question type (format.md). Only the shapes live here; the
// limits a particular question sets (options, min/max, …) are checked by validation.ts.

export const COMPLIANCE_VALUES = ['yes', 'partial', 'no', 'not-applicable'] as const;
export type ComplianceValue = (typeof COMPLIANCE_VALUES)[number];

export const YES_NO_VALUES = ['yes', 'no'] as const;
export type YesNoValue = (typeof YES_NO_VALUES)[number];

export const TA_TYPES = [
  'legal-advice',
  'legislative-drafting',
  'model-legislation',
  'model-agreements',
  'good-practices',
  'action-plan',
  'on-site-expert',
  'training',
  'equipment',
  'other',
] as const;
export type TaType = (typeof TA_TYPES)[number];

export const TA_PRIORITIES = ['high', 'medium', 'low'] as const;
export type TaPriority = (typeof TA_PRIORITIES)[number];

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real calendar date',
    },
  );

export const complianceAnswerSchema = z.enum(COMPLIANCE_VALUES);
export const yesNoAnswerSchema = z.enum(YES_NO_VALUES);
export const textAnswerSchema = z.string();
export const numberAnswerSchema = z.number().finite();
export const countryAnswerSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "FR"');

export const multipleChoiceAnswerSchema = z.object({
  selected: z.array(z.string()),
  other: z.string().optional(),
});
export type MultipleChoiceAnswer = z.infer<typeof multipleChoiceAnswerSchema>;

export const tableCellValueSchema = z.union([z.string(), z.number(), z.null()]);
export type TableCellValue = z.infer<typeof tableCellValueSchema>;

export const tableAnswerSchema = z.object({
  rows: z.array(
    z.object({ id: z.string().min(1), cells: z.record(z.string(), tableCellValueSchema) }),
  ),
});
export type TableAnswer = z.infer<typeof tableAnswerSchema>;
export type TableRowAnswer = TableAnswer['rows'][number];

export const citationSchema = z.object({
  title: z.string(),
  article: z.string(),
  link: z.string().optional(),
  excerpt: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;
export const citationsAnswerSchema = z.array(citationSchema);

export const attachmentRefSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256 digest'),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
export const attachmentsAnswerSchema = z.array(attachmentRefSchema);

export const technicalAssistanceAnswerSchema = z.object({
  need: yesNoAnswerSchema,
  types: z.array(z.enum(TA_TYPES)),
  otherType: z.string().optional(),
  priority: z.enum(TA_PRIORITIES).optional(),
  description: z.string().optional(),
});
export type TechnicalAssistanceAnswer = z.infer<typeof technicalAssistanceAnswerSchema>;

// The value stored for each question type; `AnswerValueByType[q.type]` types a component's value.
export interface AnswerValueByType {
  compliance: ComplianceValue;
  'yes-no': YesNoValue;
  'single-choice': string;
  'multiple-choice': MultipleChoiceAnswer;
  'short-text': string;
  'long-text': string;
  number: number;
  date: string;
  country: string;
  table: TableAnswer;
  citations: Citation[];
  attachments: AttachmentRef[];
  'technical-assistance': TechnicalAssistanceAnswer;
}

export type AnswerValue = AnswerValueByType[keyof AnswerValueByType];

// Any stored answer value, whatever its question: used where the question is not known yet.
export const anyAnswerValueSchema: z.ZodType<AnswerValue> = z.union([
  z.string(),
  numberAnswerSchema,
  multipleChoiceAnswerSchema,
  tableAnswerSchema,
  citationsAnswerSchema,
  attachmentsAnswerSchema,
  technicalAssistanceAnswerSchema,
]);
