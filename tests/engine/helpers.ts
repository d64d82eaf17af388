import { parseDefinition, type Definition, type LocalizedText } from '../../renderer/engine';

export function L(text: string): LocalizedText {
  return {
    ar: `${text} (ar)`,
    en: text,
    es: `${text} (es)`,
    fr: `${text} (fr)`,
    ru: `${text} (ru)`,
    zh: `${text} (zh)`,
  };
}

// Raw JSON that tests reach into and break on purpose; typing every level would only add noise.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawJson = any;

type QuestionInput = Record<string, unknown> & { id: string; type: string };

export function question(input: QuestionInput): Record<string, unknown> {
  return { text: L(input.id), ...input };
}

// A raw (unparsed) definition: one general instrument, and a treaty instrument `tip` when
// `treatyQuestions` are given. Tests mutate it to make it invalid.
export function rawDefinition(
  questions: QuestionInput[],
  treatyQuestions: QuestionInput[] = [],
): RawJson {
  const instruments: Record<string, unknown>[] = [
    {
      id: 'general',
      kind: 'general',
      title: L('General'),
      shortTitle: L('Gen'),
      chapters: [
        {
          id: 'profile',
          title: L('Profile'),
          provisions: [
            {
              id: 'profile-p',
              instrument: 'general',
              title: L('P'),
              summary: L('S'),
              questions: questions.map(question),
            },
          ],
        },
      ],
    },
  ];
  if (treatyQuestions.length > 0) {
    instruments.push({
      id: 'tip',
      kind: 'treaty',
      title: L('Trafficking'),
      shortTitle: L('TIP'),
      chapters: [
        {
          id: 'tip-c',
          title: L('Chapter'),
          provisions: [
            {
              id: 'tip-art-5',
              instrument: 'tip',
              article: '5',
              obligation: 'mandatory',
              title: L('Art 5'),
              summary: L('S'),
              questions: treatyQuestions.map(question),
            },
          ],
        },
      ],
    });
  }
  return { formatVersion: 1, id: 'test', version: '1.0.0', title: L('Test'), instruments };
}

// Parses and fails the test with the errors when the definition is invalid.
export function valid(input: unknown): Definition {
  const result = parseDefinition(input);
  if (!result.ok)
    throw new Error(
      `expected a valid definition:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`,
    );
  return result.definition;
}

export function define(
  questions: QuestionInput[],
  treatyQuestions: QuestionInput[] = [],
): Definition {
  return valid(rawDefinition(questions, treatyQuestions));
}

// The errors of an invalid definition (fails the test when it is valid).
export function errorsOf(
  input: unknown,
): Array<{ path: string; code: string; message: string; questionId?: string }> {
  const result = parseDefinition(input);
  if (result.ok) throw new Error('expected the definition to be invalid');
  return result.errors;
}
