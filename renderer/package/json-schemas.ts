import { z } from 'zod';
import { manifestSchema, responsesSchema } from './schemas';

// docs/schemas/*.schema.json, generated from the zod schemas (a test checks they do not drift);
// the writer runs the text through Prettier, as the repository formats JSON.
export function packageJsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string): string =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) }, null, 2)}\n`;
  return {
    'manifest.schema.json': render(manifestSchema, 'Omnibus response package: manifest.json'),
    'responses.schema.json': render(responsesSchema, 'Omnibus response package: responses.json'),
  };
}
