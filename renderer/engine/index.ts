// The engine's public surface: import from 'renderer/engine' rather than its files.
export * from './definition';
export { answerSchemaFor, answerAs, isAnswered } from './answers';
export { parseDefinition, parseDefinitionText, type ParseResult } from './parse-definition';
export { formatDefinitionError, type DefinitionError, type DefinitionErrorCode } from './errors';
export {
  createEvaluator,
  type AnswerMap,
  type Blocker,
  type Evaluator,
  type Progress,
  type QuestionnaireState,
} from './evaluator';
export {
  validateAnswer,
  VALIDATION_CODES,
  type ValidationCode,
  type ValidationIssue,
} from './validation';
export { crossReferenceCandidates, type CrossReferenceCandidate } from './cross-references';
export {
  mapAnswersToDefinition,
  type MappedAnswers,
  type OrphanedAnswer,
  type OrphanReason,
} from './versions';
export { parseExpression } from './expression/parser';
export { ExpressionSyntaxError } from './expression/tokenizer';
export { evaluateExpression, evaluateCondition } from './expression/evaluate';
export type { Expr } from './expression/ast';
