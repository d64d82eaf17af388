// Problems found in a definition, each with the JSON path of the place and, inside a question,
// its id. Messages are English: they are for authors at the command line and in the catalogue.

export type DefinitionErrorCode =
  | 'json-syntax'
  | 'unknown-type'
  | 'missing-language'
  | 'unknown-field'
  | 'invalid-value'
  | 'format-version'
  | 'version'
  | 'duplicate-id'
  | 'instrument-mismatch'
  | 'missing-article'
  | 'missing-obligation'
  | 'unknown-theme'
  | 'invalid-range'
  | 'invalid-pattern'
  | 'expression-syntax'
  | 'unknown-reference'
  | 'unknown-option'
  | 'unknown-field-access'
  | 'cycle'
  | 'cross-reference'
  | 'replaces';

export interface DefinitionError {
  readonly path: string;
  readonly questionId?: string;
  readonly code: DefinitionErrorCode;
  readonly message: string;
}

export function definitionError(
  code: DefinitionErrorCode,
  path: string,
  message: string,
  questionId?: string,
): DefinitionError {
  return questionId === undefined ? { code, path, message } : { code, path, message, questionId };
}

// One line for a terminal: `$.instruments[0].id (question q1): message`.
export function formatDefinitionError(error: DefinitionError): string {
  const where = error.questionId ? `${error.path} (question ${error.questionId})` : error.path;
  return `${where}: ${error.message}`;
}
