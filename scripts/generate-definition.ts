// A synthetic, valid definition of any size for tests and benchmarks: every question type,
// one question in three with a condition on an earlier one, cross-references between
// instruments. Deterministic: the same options give the same definition.
import type {
  AnswerValue,
  Definition,
  Instrument,
  LocalizedText,
  Provision,
  Question,
  QuestionType,
} from '../renderer/engine';
import { QUESTION_TYPES } from '../renderer/engine';

export interface GenerateOptions {
  readonly questions: number;
  readonly seed: number;
}

// mulberry32: small, fast, good enough to vary a synthetic questionnaire.
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Readonly<Record<keyof LocalizedText, readonly [string, string, string, string]>> = {
  ar: ['السؤال', 'الحكم', 'الفصل', 'الصك'],
  en: ['Question', 'Provision', 'Chapter', 'Instrument'],
  es: ['Pregunta', 'Disposición', 'Capítulo', 'Instrumento'],
  fr: ['Question', 'Disposition', 'Chapitre', 'Instrument'],
  ru: ['Вопрос', 'Положение', 'Глава', 'Документ'],
  zh: ['问题', '条款', '章', '文书'],
};

function label(kind: 0 | 1 | 2 | 3, n: number | string): LocalizedText {
  return {
    ar: `${WORDS.ar[kind]} ${n}`,
    en: `${WORDS.en[kind]} ${n}`,
    es: `${WORDS.es[kind]} ${n}`,
    fr: `${WORDS.fr[kind]} ${n}`,
    ru: `${WORDS.ru[kind]} ${n}`,
    zh: `${WORDS.zh[kind]} ${n}`,
  };
}

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, label: label(0, `${i + 1}`) }));

function typedFields(type: QuestionType): Record<string, unknown> {
  switch (type) {
    case 'single-choice':
      return { options: options(4) };
    case 'multiple-choice':
      return { options: options(5), allowOther: true, maxSelections: 4 };
    case 'short-text':
      return { maxLength: 200 };
    case 'long-text':
      return { maxLength: 5000 };
    case 'number':
      return { integer: true, min: 0, max: 1_000_000 };
    case 'date':
      return { min: '2000-01-01' };
    case 'table':
      return {
        columns: [
          { id: 'year', type: 'integer', min: 1990, label: label(0, 'year') },
          { id: 'cases', type: 'decimal', min: 0, label: label(0, 'cases') },
          { id: 'note', type: 'text', label: label(0, 'note') },
        ],
        rows: { kind: 'dynamic', maxRows: 20 },
      };
    case 'attachments':
      return { maxFiles: 5, accept: ['pdf', 'docx'] };
    default:
      return {};
  }
}

// A condition on an earlier question that some answers satisfy.
function conditionOn(target: Question): string {
  switch (target.type) {
    case 'compliance':
      return `{${target.id}} in ['yes', 'partial']`;
    case 'yes-no':
      return `{${target.id}} = 'yes'`;
    case 'single-choice':
      return `{${target.id}} != 'o4'`;
    case 'multiple-choice':
      return `'o1' in {${target.id}} or count({${target.id}}) >= 2`;
    case 'number':
      return `{${target.id}} > 10`;
    default:
      return `answered({${target.id}})`;
  }
}

export function generateDefinition({ questions: total, seed }: GenerateOptions): Definition {
  const random = createRandom(seed);
  const perProvision = 8;
  const perChapter = 10;
  const instrumentCount = Math.max(1, Math.min(4, Math.ceil(total / 400)));
  const perInstrument = Math.ceil(total / instrumentCount);
  const made: Array<{ question: Question; instrument: number }> = [];
  const instruments: Instrument[] = [];
  for (let i = 0; i < instrumentCount; i += 1) {
    const instrumentId = i === 0 ? 'general' : `treaty-${i}`;
    const count = Math.min(perInstrument, total - made.length);
    const provisions: Provision[] = [];
    for (let p = 0; p * perProvision < count; p += 1) {
      const questions: Question[] = [];
      for (let q = 0; q < Math.min(perProvision, count - p * perProvision); q += 1) {
        const n = made.length + 1;
        const type = QUESTION_TYPES[(n - 1) % QUESTION_TYPES.length] as QuestionType;
        const question = {
          id: `q${n}`,
          type,
          text: label(0, n),
          required: random() < 0.5,
          ...typedFields(type),
        } as Question;
        const earlier = made.length > 0 ? made[Math.floor(random() * made.length)] : undefined;
        if (earlier && n % 3 === 0) question.visibleIf = conditionOn(earlier.question);
        // Cross-reference a same-type question of an earlier instrument now and then.
        const partner = made.findLast((m) => m.instrument < i && m.question.type === type);
        if (partner && n % 7 === 0) question.crossReferences = [partner.question.id];
        questions.push(question);
        made.push({ question, instrument: i });
      }
      const provisionId = `${instrumentId}-p${p + 1}`;
      const treaty = i > 0 ? { article: `${p + 1}`, obligation: 'mandatory' as const } : {};
      provisions.push({
        id: provisionId,
        instrument: instrumentId,
        title: label(1, p + 1),
        summary: label(1, p + 1),
        ...treaty,
        questions,
      });
    }
    const chapters = Array.from({ length: Math.ceil(provisions.length / perChapter) }, (_, c) => ({
      id: `${instrumentId}-c${c + 1}`,
      title: label(2, c + 1),
      provisions: provisions.slice(c * perChapter, (c + 1) * perChapter),
    }));
    instruments.push({
      id: instrumentId,
      kind: i === 0 ? 'general' : 'treaty',
      title: label(3, i + 1),
      shortTitle: label(3, i + 1),
      chapters,
    });
  }
  return {
    formatVersion: 1,
    id: `generated-${seed}`,
    version: '1.0.0',
    title: label(3, `${total}/${seed}`),
    instruments,
  };
}

function answerFor(question: Question, random: () => number): AnswerValue {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (question.type) {
    case 'compliance':
      return pick(['yes', 'partial', 'no', 'not-applicable'] as const);
    case 'yes-no':
      return pick(['yes', 'no'] as const);
    case 'single-choice':
      return pick(question.options).id;
    case 'multiple-choice':
      return { selected: question.options.filter(() => random() < 0.4).map((o) => o.id) };
    case 'short-text':
    case 'long-text':
      return `answer ${Math.floor(random() * 1000)}`;
    case 'number':
      return Math.floor(random() * 100);
    case 'date':
      return '2024-05-17';
    case 'country':
      return pick(['FR', 'KE', 'BR', 'CN']);
    case 'table':
      return { rows: [{ id: 'r1', cells: { year: 2023, cases: 4.5, note: 'x' } }] };
    case 'citations':
      return [{ title: 'Criminal Code', article: '12' }];
    case 'attachments':
      return [
        { id: 'a1', name: 'law.pdf', type: 'application/pdf', size: 1024, sha256: 'a'.repeat(64) },
      ];
    case 'technical-assistance':
      return { need: 'yes', types: ['training'] };
  }
}

// Answers for about `fill` (0…1) of the questions, deterministic for a seed.
export function generateAnswers(
  definition: Definition,
  { seed, fill }: { seed: number; fill: number },
): Map<string, AnswerValue> {
  const random = createRandom(seed);
  const answers = new Map<string, AnswerValue>();
  for (const instrument of definition.instruments)
    for (const chapter of instrument.chapters)
      for (const provision of chapter.provisions)
        for (const question of provision.questions)
          if (random() < fill) answers.set(question.id, answerFor(question, random));
  return answers;
}
