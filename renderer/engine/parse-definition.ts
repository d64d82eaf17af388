import type { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { checkDefinition } from './check-definition';
import { compileConditions } from './conditions';
import { definitionSchema, type Definition } from './definition';
import { definitionError, type DefinitionError, type DefinitionErrorCode } from './errors';
import { locateJsonError } from './json-error';

export type ParseResult =
  | { readonly ok: true; readonly definition: Definition }
  | { readonly ok: false; readonly errors: DefinitionError[] };

type Path = readonly PropertyKey[];

export function jsonPath(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    '$',
  );
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// The id of the question a path points into, read from the raw input.
function questionIdAt(root: unknown, path: Path): string | undefined {
  const at = path.lastIndexOf('questions');
  if (at < 0 || typeof path[at + 1] !== 'number') return undefined;
  const id = valueAt(root, [...path.slice(0, at + 2), 'id']);
  return typeof id === 'string' ? id : undefined;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: DefinitionErrorCode; message: string } {
  const last = issue.path.at(-1);
  const present = valueAt(input, issue.path) !== undefined;
  if (
    issue.code === 'invalid_union' &&
    'discriminator' in issue &&
    issue.discriminator !== undefined
  ) {
    const value = valueAt(input, issue.path);
    const listed: unknown = (issue as { options?: unknown }).options;
    const options = Array.isArray(listed) ? listed.map(String).join(', ') : '';
    const what = `${String(issue.discriminator)} ${value === undefined ? 'is missing' : `${JSON.stringify(value)} is unknown`}`;
    return { code: 'unknown-type', message: `${what}; expected one of: ${options}` };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return {
      code: 'unknown-field',
      message: `unknown field ${keys}: check the spelling against docs/questionnaire-format.md`,
    };
  }
  if (
    issue.code === 'invalid_type' &&
    !present &&
    typeof last === 'string' &&
    (LANGUAGES as readonly string[]).includes(last)
  ) {
    return {
      code: 'missing-language',
      message: `the "${last}" text is missing: every text needs ${[...LANGUAGES].sort().join(', ')}`,
    };
  }
  if (!present && typeof last === 'string') {
    return { code: 'invalid-value', message: `required field "${last}" is missing` };
  }
  if (last === 'formatVersion') {
    const value = JSON.stringify(valueAt(input, issue.path));
    return {
      code: 'format-version',
      message: `formatVersion ${value} is not supported: this version of Omnibus reads formatVersion 1`,
    };
  }
  if (last === 'version' && issue.path.length === 1) {
    const value = JSON.stringify(valueAt(input, issue.path));
    return {
      code: 'version',
      message: `version ${value} is not a semantic version such as "1.0.0"`,
    };
  }
  return { code: 'invalid-value', message: issue.message };
}

function byDocumentOrder(a: DefinitionError, b: DefinitionError): number {
  return a.path.localeCompare(b.path, 'en', { numeric: true });
}

// Parses an untrusted value as a definition: the shape first, then every cross-field rule.
export function parseDefinition(input: unknown): ParseResult {
  const parsed = definitionSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const { code, message } = describeIssue(issue, input);
      return definitionError(code, jsonPath(issue.path), message, questionIdAt(input, issue.path));
    });
    return { ok: false, errors: errors.sort(byDocumentOrder) };
  }
  const definition = parsed.data;
  const conditions = compileConditions(definition);
  const errors = [...checkDefinition(definition, conditions.index), ...conditions.errors];
  return errors.length > 0
    ? { ok: false, errors: errors.sort(byDocumentOrder) }
    : { ok: true, definition };
}

export function parseDefinitionText(text: string): ParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    const fallback = error instanceof Error ? error.message : String(error);
    const { line, column, message } = locateJsonError(source, fallback);
    return {
      ok: false,
      errors: [
        definitionError(
          'json-syntax',
          '$',
          `not valid JSON at line ${line}, column ${column}: ${message}`,
        ),
      ],
    };
  }
  return parseDefinition(input);
}
