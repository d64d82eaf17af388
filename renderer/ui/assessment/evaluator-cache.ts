import { createEvaluator, type Definition, type Evaluator } from '../../engine';

const evaluators = new WeakMap<Definition, Evaluator>();

// Conditions are compiled once per questionnaire, however many screens and cards use it.
export function evaluatorFor(definition: Definition): Evaluator {
  let evaluator = evaluators.get(definition);
  if (!evaluator) {
    evaluator = createEvaluator(definition);
    evaluators.set(definition, evaluator);
  }
  return evaluator;
}
