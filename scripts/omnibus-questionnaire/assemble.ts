// Turns the typed source data into the omnibus definition (format.md). Pure: build.ts writes
// the result, the tests compare it with the committed file.
import { CHAPTERS, type ChapterPlan } from './chapters.ts';
import { closingInstrument } from './closing.ts';
import { crossReferenceLinks } from './cross-references.ts';
import { firearmsProvisions } from './firearms.ts';
import { articleNumber, provisionId } from './ids.ts';
import {
  INSTRUMENTS,
  INSTRUMENT_ORDER,
  QUESTIONNAIRE_DESCRIPTION,
  QUESTIONNAIRE_TITLE,
} from './instruments.ts';
import type { ChapterOut, DefinitionOut, InstrumentOut, ProvisionOut } from './output.ts';
import { instrumentVisibleIf, profileInstrument } from './profile.ts';
import { somProvisions } from './som.ts';
import { provisionQuestions, type QuestionLinks } from './templates.ts';
import { THEME_TITLES } from './themes.ts';
import { tipProvisions } from './tip.ts';
import type { InstrumentId, ProvisionSource, Theme } from './types.ts';
import { untocProvisions } from './untoc.ts';

export const OMNIBUS_ID = 'untoc-omnibus';
export const OMNIBUS_VERSION = '1.0.0';

export const allProvisionSources = (): readonly ProvisionSource[] => [
  ...untocProvisions,
  ...tipProvisions,
  ...somProvisions,
  ...firearmsProvisions,
];

const byArticle = (a: ProvisionSource, b: ProvisionSource) =>
  articleNumber(a.article) - articleNumber(b.article) || a.article.localeCompare(b.article);

function chapterOf(plans: readonly ChapterPlan[], source: ProvisionSource): ChapterPlan {
  const n = articleNumber(source.article);
  const last = plans[plans.length - 1];
  if (last === undefined) throw new Error(`No chapters are planned for ${source.instrument}`);
  return plans.find((plan) => plan.articles.includes(n)) ?? last;
}

function provision(source: ProvisionSource, links: QuestionLinks): ProvisionOut {
  const id = provisionId(source);
  return {
    id,
    instrument: source.instrument,
    article: source.article,
    title: source.title,
    obligation: source.obligation,
    themes: source.themes,
    summary: source.summary,
    questions: provisionQuestions(id, source, links),
  };
}

function treatyInstrument(
  instrument: InstrumentId,
  sources: readonly ProvisionSource[],
  links: ReadonlyMap<string, QuestionLinks>,
): InstrumentOut {
  const plans = CHAPTERS[instrument];
  const own = sources.filter((s) => s.instrument === instrument).sort(byArticle);
  const chapters: ChapterOut[] = plans
    .map((plan) => ({
      id: plan.id,
      title: plan.title,
      provisions: own
        .filter((s) => chapterOf(plans, s) === plan)
        .map((s) => provision(s, links.get(provisionId(s)) ?? { compliance: [], examples: [] })),
    }))
    .filter((chapter) => chapter.provisions.length > 0);
  return {
    id: instrument,
    kind: 'treaty',
    ...INSTRUMENTS[instrument],
    visibleIf: instrumentVisibleIf(instrument),
    chapters,
  };
}

// Two sources for the same article would produce clashing ids: refuse with the culprit named.
function assertUnique(sources: readonly ProvisionSource[]): void {
  const seen = new Set<string>();
  for (const source of sources) {
    const id = provisionId(source);
    if (seen.has(id)) {
      throw new Error(
        `${source.instrument} article ${source.article} is defined twice; keep one ProvisionSource per article`,
      );
    }
    seen.add(id);
  }
}

export function buildOmnibusDefinition(
  sources: readonly ProvisionSource[] = allProvisionSources(),
): DefinitionOut {
  assertUnique(sources);
  const links = crossReferenceLinks(sources);
  const themes = Object.entries(THEME_TITLES).map(([id, title]) => ({ id: id as Theme, title }));
  return {
    $schema: './questionnaire.schema.json',
    formatVersion: 1,
    id: OMNIBUS_ID,
    version: OMNIBUS_VERSION,
    title: QUESTIONNAIRE_TITLE,
    description: QUESTIONNAIRE_DESCRIPTION,
    themes,
    instruments: [
      profileInstrument(INSTRUMENT_ORDER),
      // An instrument without source data yet (or without chapters) would not be valid.
      ...INSTRUMENT_ORDER.map((id) => treatyInstrument(id, sources, links)).filter(
        (instrument) => instrument.chapters.length > 0,
      ),
      closingInstrument(),
    ],
  };
}

export const serializeDefinition = (definition: DefinitionOut): string =>
  `${JSON.stringify(definition, null, 2)}\n`;

// Provisions of the four treaties and questions of the whole definition, for the build report.
export function countDefinition(definition: DefinitionOut): {
  provisions: number;
  questions: number;
} {
  const provisions = definition.instruments.flatMap((i) => i.chapters.flatMap((c) => c.provisions));
  return {
    provisions: provisions.filter((p) => p.article !== undefined).length,
    questions: provisions.reduce((sum, p) => sum + p.questions.length, 0),
  };
}
