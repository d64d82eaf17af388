// How the bench drives the Omnibus UI: only through what a user sees and does. Every selector
// the bench depends on is here, so a UI change is fixed in one place.
import type { Page } from 'playwright-core';
import type { BenchWindow } from './probes';

const chapterNode = (instrument: number, chapter: number) =>
  `.nav-tree > .nav-instrument:nth-child(${instrument + 1}) .nav-chapters > .nav-chapter:nth-child(${chapter + 1})`;

export const omnibusSelectors = {
  // A question's input in the content area (the nav tree and header have inputs of their own).
  input: (questionId: string) =>
    `.fill__content [data-question-id="${questionId}"] :is(input, select, textarea)`,
  question: (questionId: string) => `.fill__content [data-question-id="${questionId}"]`,
  // By position in the tree (instrument, chapter; from 0): collapsed chapters carry no id.
  chapterToggle: (instrument: number, chapter: number) =>
    `${chapterNode(instrument, chapter)} > .nav-chapter__toggle`,
  firstProvisionOf: (instrument: number, chapter: number) =>
    `${chapterNode(instrument, chapter)} .nav-provision`,
  languageSelect: '.app-header .language-switcher select',
} as const;

// Creates an assessment of a bundled questionnaire through the home screen and opens it; returns
// its id (from the view the app keeps in sessionStorage for reloads).
export async function createAssessment(
  page: Page,
  questionnaire: { readonly id: string; readonly version: string },
): Promise<string> {
  const questionnaireId = questionnaire.id;
  await page.getByRole('button', { name: 'New assessment' }).click();
  // Options are `id@version`: a newer version opened from a file stands beside the shipped one.
  await page
    .getByLabel('Questionnaire')
    .selectOption(`${questionnaireId}@${questionnaire.version}`);
  await page.getByLabel('Name', { exact: true }).fill(`Bench ${questionnaireId}`);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.waitForSelector(omnibusSelectors.input('q1'), { timeout: 120_000 });
  const view = await page.evaluate(() => sessionStorage.getItem('omnibus.view'));
  const parsed = JSON.parse(view ?? '{}') as { assessmentId?: string };
  if (!parsed.assessmentId) throw new Error(`no assessment open after creating ${questionnaireId}`);
  return parsed.assessmentId;
}

// From home: the (only) assessment's Open button, clicked in the page the moment it is shown,
// so the time measured is the app's, not a person's or Playwright's (its click waits for layout
// to be stable, which added up to a second here).
export async function openFirstAssessment(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const bench = (globalThis as BenchWindow).__bench;
    const find = () =>
      [...document.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.textContent?.trim() === 'Open' && !b.disabled,
      );
    await bench.waitFor(() => find() !== undefined, 60_000, 'the Open button');
    find()?.click();
  });
}
