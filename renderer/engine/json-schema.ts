import { z } from 'zod';
import { definitionSchema } from './definition';

// The JSON Schema editors use for autocompletion, generated from the zod schema so the two
// never disagree. questionnaires/questionnaire.schema.json is this, committed.
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(definitionSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://omnibus.unodc.org/questionnaire.schema.json',
    title: 'Omnibus questionnaire definition (formatVersion 1)',
    description: 'A questionnaire for the Omnibus app. Documentation: docs/questionnaire-format.md',
  };
}

export function definitionJsonSchemaText(): string {
  return `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`;
}
