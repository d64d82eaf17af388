// npm run questionnaire:build — writes questionnaires/untoc-omnibus.json from the source data.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  OMNIBUS_ID,
  buildOmnibusDefinition,
  countDefinition,
  serializeDefinition,
} from './assemble.ts';

const OMNIBUS_PATH = resolve(import.meta.dirname, `../../questionnaires/${OMNIBUS_ID}.json`);

try {
  const definition = buildOmnibusDefinition();
  writeFileSync(OMNIBUS_PATH, serializeDefinition(definition));
  const { provisions, questions } = countDefinition(definition);
  console.log(`Wrote ${OMNIBUS_PATH}: ${provisions} provisions, ${questions} questions.`);
} catch (error) {
  console.error(`Could not build the omnibus questionnaire: ${(error as Error).message}`);
  process.exitCode = 1;
}
