// Writes questionnaires/questionnaire.schema.json from the engine's zod schema: `npm run schema`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { definitionJsonSchemaText } from '../renderer/engine/json-schema';

export const SCHEMA_FILE = fileURLToPath(
  new URL('../questionnaires/questionnaire.schema.json', import.meta.url),
);

await writeFile(SCHEMA_FILE, definitionJsonSchemaText(), 'utf8');
console.log(`wrote ${SCHEMA_FILE}`);
