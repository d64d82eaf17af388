import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleAssessment, storedAnswers } from './flows';
import { launchApp, type RunningApp } from './harness';

const SHOTS = path.resolve(import.meta.dirname, '../../reports/screenshots');

// A focal point who reads the interface in English but writes the answers in French.
describe('bilingual view', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
    await createSampleAssessment(app.page, 'Bilingual');
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the questionnaire in the answer language beside the interface language', async () => {
    const { page } = app;
    const email = page.getByLabel(/E-mail address/);
    await email.waitFor();
    await expect(page.locator('.bilingual-second').count()).resolves.toBe(0);
    await page.getByLabel('Language of your answers').selectOption('fr');
    const french = page.locator('.bilingual-second[lang="fr"]');
    await french.first().waitFor();
    expect(await french.count()).toBeGreaterThan(2);
    const texts = await french.allTextContents();
    expect(texts.join(' ')).toMatch(/adresse électronique|courriel/i);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/[a-z]/);
  });

  it('records each answer in the language it was written in', async () => {
    const { page } = app;
    await page.getByLabel(/E-mail address/).fill('point.focal@example.org');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.getByLabel('Language of your answers').selectOption('');
    await expect(page.locator('.bilingual-second').count()).resolves.toBe(0);
    await page.getByLabel(/Date of the report/).fill('2026-11-20');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.waitForTimeout(500);
    const answers = await storedAnswers(app.page);
    const email = answers.find((a) => a.value === 'point.focal@example.org');
    const name = answers.find((a) => a.value === '2026-11-20');
    expect(email?.language).toBe('fr');
    expect(name?.language).toBe('en');
  });

  it('keeps the second language in its own direction under an Arabic interface', async () => {
    const { page } = app;
    await page.getByLabel('Language of your answers').selectOption('en');
    await page.getByLabel('Interface language').selectOption('ar');
    const english = page.locator('.bilingual-second[lang="en"]');
    await english.first().waitFor();
    expect(await english.first().getAttribute('dir')).toBe('ltr');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.screenshot({ path: path.join(SHOTS, 'fill-bilingual-ar-en.png') });
    await page.getByLabel('لغة إجاباتك').selectOption('');
    await page.getByLabel('لغة الواجهة').selectOption('en');
  });
});
