import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness';

describe('home screen in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('offers the shipped questionnaires in the interface language', async () => {
    await app.page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await app.page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New assessment' });
    await dialog
      .getByLabel('Questionnaire')
      .locator('option', { hasText: 'Sample questionnaire' })
      .waitFor({ state: 'attached' });
    await app.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('switches to Arabic, right to left, and keeps the choice after a reload', async () => {
    await app.page.getByLabel('Interface language').selectOption('ar');
    await app.page.getByRole('heading', { level: 1, name: 'تقييماتك' }).waitFor();
    expect(
      await app.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(app.dialogs.mainLanguages.at(-1)).toBe('ar');
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'تقييماتك' }).waitFor();
    await app.page.getByLabel('لغة الواجهة').selectOption('en');
  });

  it('saves a file through the bridge to disk with the real main-process handler', async () => {
    const target = path.join(app.workDir, 'from-page.txt');
    app.dialogs.savePath = target;
    const result = await app.page.evaluate(async () => {
      const bytes = new TextEncoder().encode('مرحبا — 你好 — hello');
      return window.omnibus?.saveFile({ suggestedName: 'x.txt', data: bytes, filters: [] });
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toBe('مرحبا — 你好 — hello');
  });

  it('answers a malformed call with an error instead of crashing', async () => {
    const result = await app.page.evaluate(() =>
      (window.omnibus?.saveFile as unknown as (x: unknown) => Promise<unknown>)({
        suggestedName: 5,
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
