// Checks questionnaire definitions: `npm run validate -- questionnaires/untoc-omnibus.json …`.
// Prints every error with its JSON path (and question id); exits 1 if any file has an error.
import { readFile } from 'node:fs/promises';
import { formatDefinitionError, parseDefinitionText } from '../renderer/engine';

async function validateFile(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    console.error(`${file}: cannot read the file (${reason})`);
    return false;
  }
  const result = parseDefinitionText(text);
  if (result.ok) {
    const count = result.definition.instruments.flatMap((i) =>
      i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)),
    ).length;
    console.log(
      `${file}: valid (${result.definition.id} ${result.definition.version}, ${count} questions)`,
    );
    return true;
  }
  const plural = result.errors.length === 1 ? 'error' : 'errors';
  console.error(`${file}: ${result.errors.length} ${plural}`);
  for (const error of result.errors)
    console.error(`  ${formatDefinitionError(error)}  [${error.code}]`);
  return false;
}

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run validate -- <definition.json> [more.json …]');
    return 2;
  }
  let ok = true;
  for (const file of files) ok = (await validateFile(file)) && ok;
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
