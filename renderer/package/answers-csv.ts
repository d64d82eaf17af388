import { answerText } from './answer-text';
import { toCsv } from './csv';
import type { Responses } from './schemas';

export const ANSWER_COLUMNS = [
  'question_id',
  'instrument',
  'provision',
  'type',
  'answer',
  'value_json',
  'author',
  'agency',
  'updated_at',
  'language',
  'definition_version',
] as const;

export function answerRows(responses: Responses): string[][] {
  return Object.entries(responses.answers).map(([id, a]) => [
    id,
    a.instrument,
    a.provision,
    a.type,
    answerText(a),
    JSON.stringify(a.value),
    a.author,
    a.agency,
    a.updatedAt,
    a.language,
    a.definitionVersion,
  ]);
}

export function answersCsv(responses: Responses): string {
  return toCsv(ANSWER_COLUMNS, answerRows(responses));
}
