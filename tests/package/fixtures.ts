import { definitionSchema, type Definition } from '../../renderer/engine/definition';
import type {
  AnswerInput,
  AttachmentInput,
  PackageInput,
} from '../../renderer/package/build-input';
import { sha256Hex, utf8 } from '../../renderer/package/bytes';

// A small definition with every question type, and answers to all of it in the six languages.

const L = (en: string) => ({
  ar: `${en} — بالعربية`,
  en,
  es: `${en} (es)`,
  fr: `${en} (fr)`,
  ru: `${en} — по-русски`,
  zh: `${en}（中文）`,
});

const raw = {
  formatVersion: 1,
  id: 'test-q',
  version: '1.0.0',
  title: L('Test questionnaire'),
  instruments: [
    {
      id: 'untoc',
      kind: 'treaty',
      title: L('Convention'),
      shortTitle: L('UNTOC'),
      chapters: [
        {
          id: 'ch-a',
          title: L('Chapter A'),
          provisions: [
            {
              id: 'art-5',
              instrument: 'untoc',
              article: '5',
              title: L('Article 5'),
              obligation: 'mandatory',
              summary: L('Criminalize participation'),
              questions: [
                { id: 'q-compliance', type: 'compliance', text: L('Compliance?') },
                { id: 'q-yes-no', type: 'yes-no', text: L('Yes or no?') },
                {
                  id: 'q-single',
                  type: 'single-choice',
                  text: L('One'),
                  options: [
                    { id: 'a', label: L('A') },
                    { id: 'b', label: L('B') },
                  ],
                },
                {
                  id: 'q-multi',
                  type: 'multiple-choice',
                  text: L('Many'),
                  allowOther: true,
                  options: [
                    { id: 'a', label: L('A') },
                    { id: 'b', label: L('B') },
                  ],
                },
                { id: 'q-ta', type: 'technical-assistance', text: L('Assistance?') },
              ],
            },
          ],
        },
        {
          id: 'ch-b',
          title: L('Chapter B'),
          provisions: [
            {
              id: 'art-6',
              instrument: 'untoc',
              article: '6',
              title: L('Article 6'),
              obligation: 'mandatory',
              summary: L('Criminalize laundering'),
              questions: [
                { id: 'q6-compliance', type: 'compliance', text: L('Compliance 6?') },
                { id: 'q-short', type: 'short-text', text: L('Short') },
                { id: 'q-long', type: 'long-text', text: L('Long') },
                { id: 'q-number', type: 'number', text: L('Number') },
                { id: 'q-date', type: 'date', text: L('Date') },
                { id: 'q-country', type: 'country', text: L('Country') },
                {
                  id: 'q-table',
                  type: 'table',
                  text: L('Table'),
                  columns: [
                    { id: 'year', label: L('Year'), type: 'integer' },
                    { id: 'note', label: L('Note'), type: 'text' },
                  ],
                  rows: { kind: 'dynamic' },
                },
                { id: 'q-citations', type: 'citations', text: L('Citations') },
                { id: 'q-files', type: 'attachments', text: L('Files') },
                { id: 'q6-ta', type: 'technical-assistance', text: L('Assistance 6?') },
              ],
            },
          ],
        },
      ],
    },
  ],
};

export function testDefinition(publicKey?: string): {
  definition: Definition;
  definitionText: string;
} {
  const definitionText = JSON.stringify(publicKey ? { ...raw, publicKey } : raw, null, 2);
  return { definition: definitionSchema.parse(JSON.parse(definitionText)), definitionText };
}

export const TEXTS = {
  ar: 'تجريم المشاركة في جماعة إجرامية منظمة',
  zh: '将参加有组织犯罪集团行为定为刑事犯罪',
  ru: 'Криминализация участия в организованной преступной группе',
  fr: 'Incrimination de la participation à un groupe criminel organisé',
  es: 'Penalización de la participación en un grupo delictivo organizado',
  en: 'Criminalization of participation, "quoted", with a comma\nand a new line',
} as const;

export const FIXED_TIME = Date.UTC(2026, 0, 15, 9, 30);

function answer(
  questionId: string,
  value: unknown,
  language: AnswerInput['language'] = 'en',
  author = 'Amina Haddad',
): AnswerInput {
  return {
    questionId,
    value: value as AnswerInput['value'],
    definitionVersion: '1.0.0',
    author,
    agency: 'Ministry of Justice',
    updatedAt: FIXED_TIME,
    language,
  };
}

export async function testAttachments(): Promise<{
  attachments: AttachmentInput[];
  refs: unknown[];
}> {
  const pdf = utf8('%PDF-1.4 fake law text');
  const arabicName = utf8('نص القانون');
  const attachments: AttachmentInput[] = [
    {
      id: 'att-1',
      questionId: 'q-files',
      name: 'penal-code.pdf',
      type: 'application/pdf',
      bytes: pdf,
    },
    {
      id: 'att-2',
      questionId: 'q-files',
      name: 'قانون العقوبات.txt',
      type: 'text/plain',
      bytes: arabicName,
    },
  ];
  const refs = await Promise.all(
    attachments.map(async (a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      size: a.bytes.length,
      sha256: await sha256Hex(a.bytes),
    })),
  );
  return { attachments, refs };
}

export async function fullInput(definitionPair = testDefinition()): Promise<PackageInput> {
  const { attachments, refs } = await testAttachments();
  return {
    ...definitionPair,
    assessment: {
      id: 'assessment-1',
      state: 'FR',
      title: 'Auto-évaluation 2026',
      createdAt: FIXED_TIME,
    },
    focalPoint: { name: 'Amina Haddad', agency: 'Ministry of Justice' },
    appVersion: '0.1.0',
    exportedAt: FIXED_TIME,
    attachments,
    answers: [
      answer('q-compliance', 'partial'),
      answer('q-yes-no', 'yes'),
      answer('q-single', 'b'),
      answer('q-multi', { selected: ['a'], other: TEXTS.zh }, 'zh', '王芳'),
      answer(
        'q-ta',
        {
          need: 'yes',
          types: ['training', 'legislative-drafting'],
          priority: 'high',
          description: TEXTS.ar,
        },
        'ar',
        'أمينة حداد',
      ),
      answer('q6-compliance', 'no'),
      answer('q-short', TEXTS.ru, 'ru', 'Иван Петров'),
      answer('q-long', TEXTS.en),
      answer('q-number', 42),
      answer('q-date', '2025-12-31'),
      answer('q-country', 'FR', 'fr'),
      answer('q-table', { rows: [{ id: 'r1', cells: { year: 2024, note: TEXTS.es } }] }, 'es'),
      answer(
        'q-citations',
        [{ title: 'Code pénal', article: '450-1', link: 'https://example.org/cp' }],
        'fr',
      ),
      answer('q-files', refs),
      answer('q6-ta', { need: 'yes', types: ['equipment'], priority: 'low' }),
    ],
  };
}
