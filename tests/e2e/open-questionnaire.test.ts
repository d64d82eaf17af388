import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness';

const SAMPLE = path.resolve(import.meta.dirname, '../../questionnaires/sample.json');
const SHOTS = path.resolve(import.meta.dirname, '../../reports/screenshots');

// The secretariat e-mails a questionnaire file; the focal point opens it from the home screen.
describe('opening a questionnaire file', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
    await app.page.getByRole('button', { name: 'New assessment' }).waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a broken file, lists each error with its place, and stores nothing', async () => {
    const broken = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
    broken['version'] = 'one';
    const file = path.join(app.workDir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    app.dialogs.openPath = file;
    await app.page.getByRole('button', { name: 'Open a questionnaire file…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'This questionnaire cannot be opened' });
    await dialog.waitFor();
    await expect(dialog.locator('.definition-errors li').first().textContent()).resolves.toContain(
      '$.version',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.page.getByRole('button', { name: 'New assessment' }).click();
    const options = await app.page.getByLabel('Questionnaire').locator('option').allTextContents();
    expect(options.join('\n')).not.toMatch(/one/);
    await app.page.keyboard.press('Escape');
  });

  it('installs a valid file, offers it for a new assessment, and keeps it after a restart', async () => {
    const copy = JSON.parse(readFileSync(SAMPLE, 'utf8')) as {
      id: string;
      version: string;
      title: Record<string, string>;
    };
    copy.id = 'sample-from-file';
    copy.version = '2.0.0';
    copy.title = { ...copy.title, en: 'Questionnaire sent by e-mail' };
    const file = path.join(app.workDir, 'sent.json');
    writeFileSync(file, JSON.stringify(copy));
    app.dialogs.openPath = file;
    await app.page.getByRole('button', { name: 'Open a questionnaire file…' }).click();
    await app.page.getByText('“Questionnaire sent by e-mail” version 2.0.0 is ready').waitFor();

    await app.page.reload();
    await app.page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = app.page.getByRole('dialog');
    const select = dialog.getByLabel('Questionnaire');
    const value = await select
      .locator('option', { hasText: 'Questionnaire sent by e-mail' })
      .getAttribute('value');
    expect(value).toBe('sample-from-file@2.0.0');
    await select.selectOption(value ?? '');
    await dialog.getByLabel('Name').fill('From the e-mailed file');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'From the e-mailed file' }).waitFor();
    await app.page.getByText('Questionnaire sent by e-mail').first().waitFor();
  });

  it('explains the refusal in Arabic, right to left, and passes axe', async () => {
    const { page } = app;
    await page
      .getByRole('link', { name: 'All assessments' })
      .or(page.getByRole('button', { name: 'All assessments' }))
      .first()
      .click();
    await page.getByRole('button', { name: 'New assessment' }).waitFor();
    await page.getByLabel('Interface language').selectOption('ar');
    app.dialogs.openPath = path.join(app.workDir, 'broken.json');
    await page.getByRole('button', { name: 'فتح ملف استبيان…' }).click();
    const dialog = page.getByRole('dialog', { name: 'لا يمكن فتح هذا الاستبيان' });
    await dialog.waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'open-questionnaire-refused-ar.png') });
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await page.getByLabel('لغة الواجهة').selectOption('en');
  });
});
