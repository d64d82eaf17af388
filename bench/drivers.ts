// The two apps under test, described the same way so one runner measures both.
import type { Page } from 'playwright-core';
import type { Chapter, Definition } from '../renderer/engine';
import type { BenchQuestionnaire } from './generate';
import { createAssessment, omnibusSelectors, openFirstAssessment } from './omnibus-ui';
import type { LanguageControl } from './page-timing';
import { surveyName } from './surveyjs/expression';
import type { CommitTarget } from './typing';

export type AppName = 'omnibus' | 'surveyjs';

export interface ChapterHop {
  readonly clicks: readonly string[];
  readonly ready: string;
}

export interface AppDriver {
  readonly app: AppName;
  readonly url: string;
  readonly bridge: boolean;
  // The first chapter's first input: "interactive" is when it is on screen and usable.
  readonly readySelector: string;
  // One-time set-up in a fresh profile (Omnibus: create the assessment through the UI).
  prepare(page: Page): Promise<void>;
  // What the user does after the page loads to reach the first chapter.
  open(page: Page): Promise<void>;
  // Start the next load from the app's start screen.
  beforeReload(page: Page): Promise<void>;
  readonly toSecondChapter: ChapterHop;
  readonly toFirstChapter: ChapterHop;
  readonly language: { readonly control: LanguageControl; readonly textSelector: string };
  readonly typingSelector: string;
  commitTarget(): CommitTarget | null;
}

// The first question of a chapter that no condition can hide.
function alwaysShown(chapter: Chapter): string {
  for (const p of chapter.provisions) for (const q of p.questions) if (!q.visibleIf) return q.id;
  throw new Error(`chapter ${chapter.id} has no unconditional question`);
}

// The chapters a switch is timed between (a one-chapter questionnaire switches to itself).
function firstTwoChapters(definition: Definition): [Chapter, Chapter] {
  const chapters = definition.instruments.flatMap((i) => i.chapters);
  const [first, second = first] = chapters;
  if (!first || !second) throw new Error(`${definition.id} has no chapter`);
  return [first, second];
}

// Where a chapter sits in the navigation tree: [instrument index, chapter index].
function position(definition: Definition, chapter: Chapter): [number, number] {
  for (const [i, instrument] of definition.instruments.entries()) {
    const c = instrument.chapters.indexOf(chapter);
    if (c >= 0) return [i, c];
  }
  throw new Error(`chapter ${chapter.id} is not in ${definition.id}`);
}

// The first short-text question of the first chapter: where the bench types.
function typingQuestion(definition: Definition): string {
  const [first] = firstTwoChapters(definition);
  const provision = first.provisions[0];
  const q = provision?.questions.find((x) => x.type === 'short-text' && !x.visibleIf);
  if (!q) throw new Error(`${definition.id}: no short-text question in the first provision`);
  return q.id;
}

export function omnibusDriver(origin: string, q: BenchQuestionnaire): AppDriver {
  const [first, second] = firstTwoChapters(q.definition);
  const typingId = typingQuestion(q.definition);
  let assessmentId = '';
  return {
    app: 'omnibus',
    url: `${origin}/index.html`,
    bridge: true,
    readySelector: omnibusSelectors.input(alwaysShown(first)),
    async prepare(page) {
      await page.goto(this.url);
      assessmentId = await createAssessment(page, q.definition);
    },
    open: openFirstAssessment,
    beforeReload: (page) => page.evaluate(() => sessionStorage.clear()),
    toSecondChapter: {
      clicks: [
        omnibusSelectors.chapterToggle(...position(q.definition, second)),
        omnibusSelectors.firstProvisionOf(...position(q.definition, second)),
      ],
      ready: omnibusSelectors.input(alwaysShown(second)),
    },
    toFirstChapter: {
      clicks: [
        omnibusSelectors.chapterToggle(...position(q.definition, first)),
        omnibusSelectors.firstProvisionOf(...position(q.definition, first)),
      ],
      ready: omnibusSelectors.input(alwaysShown(first)),
    },
    language: {
      control: { kind: 'select', selector: omnibusSelectors.languageSelect },
      textSelector: omnibusSelectors.question(alwaysShown(first)),
    },
    typingSelector: `${omnibusSelectors.question(typingId)} input`,
    commitTarget: () => ({ assessmentId, questionId: typingId }),
  };
}

const sj = (questionId: string) => `[data-name="${surveyName(questionId)}"]`;

export function surveyjsDriver(origin: string, q: BenchQuestionnaire): AppDriver {
  const [first, second] = firstTwoChapters(q.definition);
  return {
    app: 'surveyjs',
    url: `${origin}/index.html?q=${q.name}`,
    bridge: false,
    readySelector: `${sj(alwaysShown(first))} :is(input, select, textarea)`,
    prepare: () => Promise.resolve(),
    open: () => Promise.resolve(),
    beforeReload: () => Promise.resolve(),
    toSecondChapter: {
      clicks: ['.sd-navigation__next-btn'],
      ready: `${sj(alwaysShown(second))} :is(input, select, textarea)`,
    },
    toFirstChapter: {
      clicks: ['.sd-navigation__prev-btn'],
      ready: `${sj(alwaysShown(first))} :is(input, select, textarea)`,
    },
    language: { control: { kind: 'surveyjs' }, textSelector: sj(alwaysShown(first)) },
    typingSelector: `${sj(typingQuestion(q.definition))} input`,
    commitTarget: () => null,
  };
}
