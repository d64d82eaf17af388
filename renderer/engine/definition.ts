import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { isoDateSchema } from './answer-values';

// The questionnaire definition format (docs/questionnaire-format.md) as a zod schema: the shape
// only. Cross-field rules (unique ids, references, cycles, …) are checked by check-definition.ts.
// questionnaires/questionnaire.schema.json is generated from `definitionSchema`.

export {
  COMPLIANCE_VALUES,
  TA_TYPES,
  TA_PRIORITIES,
  YES_NO_VALUES,
  type AnswerValue,
  type AnswerValueByType,
  type AttachmentRef,
  type Citation,
  type ComplianceValue,
  type MultipleChoiceAnswer,
  type TableAnswer,
  type TableCellValue,
  type TableRowAnswer,
  type TaPriority,
  type TaType,
  type TechnicalAssistanceAnswer,
  type YesNoValue,
} from './answer-values';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'ids are lowercase: a letter or digit, then letters, digits, ".", "_" or "-"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const localizedTextSchema = z
  .strictObject(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, nonEmpty])) as Record<
      (typeof LANGUAGES)[number],
      typeof nonEmpty
    >,
  )
  .meta({
    id: 'LocalizedText',
    description: 'The same text in all six UN languages: ar, en, es, fr, ru, zh',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const expression = z
  .string()
  .min(1)
  .describe('A condition in the expression language, e.g. "{q1} = \'yes\'"');

const optionSchema = z.strictObject({ id, label: localizedTextSchema }).meta({ id: 'Option' });
export type ChoiceOption = z.infer<typeof optionSchema>;

const common = {
  id,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().optional(),
  visibleIf: expression.optional(),
  requiredIf: expression.optional(),
  crossReferences: z.array(id).optional(),
  replaces: z.array(id).optional(),
};

const count = z.number().int().nonnegative();

const tableColumnBase = { id, label: localizedTextSchema };
const tableColumnSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...tableColumnBase, type: z.literal('text') }),
  z.strictObject({ ...tableColumnBase, type: z.literal('yes-no') }),
  z.strictObject({
    ...tableColumnBase,
    type: z.enum(['integer', 'decimal']),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({
    ...tableColumnBase,
    type: z.literal('date'),
    min: isoDateSchema.optional(),
    max: isoDateSchema.optional(),
  }),
]);
export type TableColumn = z.infer<typeof tableColumnSchema>;
export type TableColumnType = TableColumn['type'];

const tableRowsSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), items: z.array(optionSchema).min(1) }),
  z.strictObject({
    kind: z.literal('dynamic'),
    minRows: count.optional(),
    maxRows: count.optional(),
  }),
]);
export type TableRows = z.infer<typeof tableRowsSchema>;

export const questionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...common, type: z.literal('compliance') }),
    z.strictObject({ ...common, type: z.literal('yes-no') }),
    z.strictObject({
      ...common,
      type: z.literal('single-choice'),
      options: z.array(optionSchema).min(1),
    }),
    z.strictObject({
      ...common,
      type: z.literal('multiple-choice'),
      options: z.array(optionSchema).min(1),
      allowOther: z.boolean().optional(),
      minSelections: count.optional(),
      maxSelections: count.optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('short-text'),
      maxLength: z.number().int().positive().optional(),
      pattern: z
        .string()
        .optional()
        .describe('A JavaScript regular expression source the whole answer must match'),
    }),
    z.strictObject({
      ...common,
      type: z.literal('long-text'),
      maxLength: z.number().int().positive().optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('number'),
      integer: z.boolean().optional(),
      unit: localizedTextSchema.optional(),
      min: z.number().optional(),
      max: z.number().optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('date'),
      min: isoDateSchema.optional(),
      max: isoDateSchema.optional(),
    }),
    z.strictObject({ ...common, type: z.literal('country') }),
    z.strictObject({
      ...common,
      type: z.literal('table'),
      columns: z.array(tableColumnSchema).min(1),
      rows: tableRowsSchema,
    }),
    z.strictObject({ ...common, type: z.literal('citations') }),
    z.strictObject({
      ...common,
      type: z.literal('attachments'),
      maxFiles: z.number().int().positive().optional(),
      maxFileBytes: z.number().int().positive().optional(),
      accept: z
        .array(z.string().regex(/^[a-z0-9]+$/, 'file extensions are lowercase, without the dot'))
        .optional(),
    }),
    z.strictObject({ ...common, type: z.literal('technical-assistance') }),
  ])
  .meta({ id: 'Question' });
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const QUESTION_TYPES = [
  'compliance',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'short-text',
  'long-text',
  'number',
  'date',
  'country',
  'table',
  'citations',
  'attachments',
  'technical-assistance',
] as const satisfies readonly QuestionType[];

export const OBLIGATIONS = ['mandatory', 'shall-consider', 'optional'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

const guidanceSchema = z
  .strictObject({
    title: localizedTextSchema,
    url: z.url({ protocol: /^https?$/ }),
  })
  .meta({ id: 'Provision' });

export const provisionSchema = z
  .strictObject({
    id,
    instrument: id.describe("The enclosing instrument's id"),
    article: z
      .string()
      .min(1)
      .optional()
      .describe('Required for treaty instruments: "5", "5(1)", "5(1)(a)"'),
    title: localizedTextSchema,
    obligation: z.enum(OBLIGATIONS).optional(),
    themes: z.array(id).optional(),
    summary: localizedTextSchema,
    guidance: z.array(guidanceSchema).optional(),
    visibleIf: expression.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .meta({ id: 'Chapter' });
export type Provision = z.infer<typeof provisionSchema>;

export const chapterSchema = z
  .strictObject({
    id,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    visibleIf: expression.optional(),
    provisions: z.array(provisionSchema).min(1),
  })
  .meta({ id: 'Instrument' });
export type Chapter = z.infer<typeof chapterSchema>;

export const instrumentSchema = z.strictObject({
  id,
  kind: z.enum(['general', 'treaty']),
  title: localizedTextSchema,
  shortTitle: localizedTextSchema,
  visibleIf: expression.optional(),
  chapters: z.array(chapterSchema).min(1),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentKind = Instrument['kind'];

export const themeSchema = z.strictObject({ id, title: localizedTextSchema });
export type Theme = z.infer<typeof themeSchema>;

export const definitionSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  id,
  version: z.string().regex(SEMVER_PATTERN, 'the version is a semantic version such as "1.0.0"'),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  publicKey: z
    .string()
    .regex(
      /^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/,
      'expected an SPKI PEM public key',
    )
    .optional(),
  themes: z.array(themeSchema).optional(),
  instruments: z.array(instrumentSchema).min(1),
});
export type Definition = z.infer<typeof definitionSchema>;
