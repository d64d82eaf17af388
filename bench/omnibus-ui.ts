// How the bench drives the Omnibus UI: only through what a user sees and does. Every selector
// the bench depends on is here, so a UI change is fixed in one place.
import type { Page } from 'playwright-core';

export const omnibusSelectors = {
  // A question's input in the content area (the nav tree and header have inputs of their own).
  input: (questionId: string) =>
    `.fill__content [data-question-id="${questionId}"] :is(input, select, textarea)`,
  question: (questionId: string) => `.fill__content [data-question-id="${questionId}"]`,
  chapterToggle: (chapterId: string) => `button[aria-controls="nav-${chapterId}"]`,
  firstProvisionOf: (chapterId: string) => `#nav-${chapterId} .nav-provision`,
  languageSelect: '.app-header .language-switcher select',
} as const;

// Creates an assessment of a bundled questionnaire through the home screen and opens it; returns
// its id (from the view the app keeps in sessionStorage for reloads).
export async function createAssessment(page: Page, questionnaireId: string): Promise<string> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByLabel('Questionnaire').selectOption(questionnaireId);
  await page.getByLabel('Name', { exact: true }).fill(`Bench ${questionnaireId}`);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.waitForSelector(omnibusSelectors.input('q1'), { timeout: 120_000 });
  const view = await page.evaluate(() => sessionStorage.getItem('omnibus.view'));
  const parsed = JSON.parse(view ?? '{}') as { assessmentId?: string };
  if (!parsed.assessmentId) throw new Error(`no assessment open after creating ${questionnaireId}`);
  return parsed.assessmentId;
}

// From home: the (only) assessment's Open button.
export async function openFirstAssessment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open', exact: true }).first().click();
}
