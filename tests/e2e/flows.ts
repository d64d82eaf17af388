import type { Page } from 'playwright-core';

// Steps several end-to-end tests share, written as a user would take them (English interface).

export async function createSampleAssessment(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog');
  const questionnaire = dialog.getByLabel('Questionnaire');
  const sample = await questionnaire
    .locator('option', { hasText: 'Sample questionnaire' })
    .getAttribute('value');
  await questionnaire.selectOption(sample ?? '');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create and open' }).click();
}

export async function nextProvision(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Previous and next provision' })
    .getByRole('button', { name: /^Next/ })
    .click();
}

export async function choose(page: Page, question: RegExp, answer: string): Promise<void> {
  await page
    .getByRole('radiogroup', { name: question })
    .first()
    .getByLabel(answer, { exact: true })
    .check();
}

export interface StoredAnswer {
  assessmentId: string;
  questionId: string;
  value: unknown;
  definitionVersion: string;
  author: string;
  agency: string;
  updatedAt: number;
  language: string;
}

// Every record of one store of the app's database, read straight from IndexedDB
// (docs/storage.md), independent of the app code under test.
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('omnibus');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
    store,
  );
}

export function storedAnswers(page: Page): Promise<StoredAnswer[]> {
  return readStore<StoredAnswer>(page, 'answers');
}
