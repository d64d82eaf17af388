// How long the engine takes on a large questionnaire: `npm run bench:engine [questions]`.
// Measures parse (schema + every check), createEvaluator (compile conditions) and evaluate.
import { performance } from 'node:perf_hooks';
import { createEvaluator, parseDefinitionText } from '../renderer/engine';
import { generateAnswers, generateDefinition } from './generate-definition';

const questions = Number(process.argv[2] ?? 5000);
const runs = 20;

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const text = JSON.stringify(generateDefinition({ questions, seed: 1 }));
const samples = {
  parse: [] as number[],
  compile: [] as number[],
  evaluate: [] as number[],
  blockers: [] as number[],
};
let summary = '';
for (let run = 0; run < runs; run += 1) {
  // Parse fresh text each run: the compiled conditions are cached per definition object.
  const parsed = time(() => parseDefinitionText(text));
  if (!parsed.result.ok)
    throw new Error(`generated definition is invalid: ${parsed.result.errors[0]?.message}`);
  const definition = parsed.result.definition;
  const compiled = time(() => createEvaluator(definition));
  const answers = generateAnswers(definition, { seed: run, fill: 0.7 });
  const evaluated = time(() => compiled.result.evaluate(answers));
  const blockers = time(() => evaluated.result.blockers());
  samples.parse.push(parsed.ms);
  samples.compile.push(compiled.ms);
  samples.evaluate.push(evaluated.ms);
  samples.blockers.push(blockers.ms);
  const state = evaluated.result;
  summary = `${state.visibleQuestionIds().length} visible, ${state.progress('all').answered} answered, ${blockers.result.length} blockers`;
}

const parse = median(samples.parse);
const compile = median(samples.compile);
const evaluate = median(samples.evaluate);
const issues = median(samples.blockers);
console.log(
  `engine bench: ${questions} questions, ${(text.length / 1e6).toFixed(1)} MB of JSON, median of ${runs} runs (${summary})`,
);
console.log(`  parse + check definition  ${parse.toFixed(1)} ms`);
console.log(`  createEvaluator           ${compile.toFixed(1)} ms`);
console.log(`  evaluate (visibility, required, progress)  ${evaluate.toFixed(1)} ms`);
console.log(`  blockers (validate every visible answer)   ${issues.toFixed(1)} ms`);
console.log(`  total parse + evaluate    ${(parse + compile + evaluate + issues).toFixed(1)} ms`);
