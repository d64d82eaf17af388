// Omnibus expressions → SurveyJS expressions, through the engine's own parser so both apps
// evaluate the same conditions.
import { parseExpression, type Expr } from '../../renderer/engine';

// SurveyJS treats "." in a name as a path; Omnibus ids may contain it.
export function surveyName(id: string): string {
  return id.replace(/[^a-zA-Z0-9_]/g, '_');
}

function literal(value: string | number | boolean | null): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "\\'")}'`;
  return String(value);
}

function isNull(e: Expr): boolean {
  return e.kind === 'literal' && e.value === null;
}

function operand(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return literal(e.value);
    case 'list':
      return `[${e.items.map(operand).join(', ')}]`;
    case 'ref':
      return `{${surveyName(e.id)}}`;
    case 'field':
      // Object answers (technical assistance) become a panel of sub-questions named <id>_<field>.
      if (e.target.kind !== 'ref') throw new Error('field access on a non-reference');
      return `{${surveyName(e.target.id)}_${e.name}}`;
    default:
      return `(${toSurveyExpression(e)})`;
  }
}

function convert(e: Expr): string {
  switch (e.kind) {
    case 'call':
      if (e.name === 'answered') return `${operand(e.arg)} notempty`;
      if (e.name === 'empty') return `${operand(e.arg)} empty`;
      // count() is registered as a custom function in the SurveyJS page.
      return `omnibusCount(${operand(e.arg)})`;
    case 'not':
      return `!(${convert(e.operand)})`;
    case 'logical':
      return `(${convert(e.left)}) ${e.op} (${convert(e.right)})`;
    case 'compare':
      if (isNull(e.right) && (e.op === '=' || e.op === '!=')) {
        return `${operand(e.left)} ${e.op === '=' ? 'empty' : 'notempty'}`;
      }
      return `${operand(e.left)} ${e.op} ${operand(e.right)}`;
    case 'in':
      // x in [list] → anyof; 'opt' in {multi} → contains.
      if (e.right.kind === 'list') {
        return `${operand(e.left)} ${e.negated ? 'noneof' : 'anyof'} ${operand(e.right)}`;
      }
      return `${operand(e.right)} ${e.negated ? 'notcontains' : 'contains'} ${operand(e.left)}`;
    default:
      return operand(e);
  }
}

export function toSurveyExpression(source: string | Expr): string {
  return convert(typeof source === 'string' ? parseExpression(source) : source);
}
