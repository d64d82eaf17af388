import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedAnswers } from './durability-helpers';
import { createSampleAssessment } from './flows';
import { CHROMIUM, CHROMIUM_ARGS, launchApp, startServer, type RunningApp } from './harness';

const SHOTS = path.resolve(import.meta.dirname, '../../reports/screenshots');
const EMAIL = 'profile-contact-email';

async function storedEmail(page: Page): Promise<unknown> {
  return (await storedAnswers(page))[EMAIL];
}

async function audit(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(200);
  const result = await new AxeBuilder({ page }).analyze();
  const findings = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}) ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`,
  );
  expect(findings, name).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

// The answer history, undo/redo and the backups screen, as a user reaches them.
describe('history, undo and backups in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const email = () => app.page.getByLabel(/E-mail address of the focal point/);
  const saved = () => app.page.locator('.save-status[data-kind="saved"]').waitFor();

  async function typeAndLeave(text: string): Promise<void> {
    await email().fill(text);
    await email().press('Tab');
    await saved();
    await expect.poll(() => storedEmail(app.page)).toBe(text);
  }

  it('creates an assessment and answers one question twice', async () => {
    const { page } = app;
    await createSampleAssessment(page, 'Durability 2026');
    await page.getByRole('heading', { level: 1, name: 'Durability 2026' }).waitFor();
    await typeAndLeave('first@example.org');
    // A pause, so the second answer is its own change rather than part of one typing burst.
    await page.waitForTimeout(2_500);
    await typeAndLeave('second@example.org');
  });

  it('opens the history of that answer from the keyboard: who, when, old → new', async () => {
    const { page } = app;
    await email().focus();
    const history = page.locator(`[data-question-id="${EMAIL}"] .history-button`);
    for (let i = 0; i < 8 && !(await history.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect.poll(() => history.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'History of this answer' });
    await dialog.waitFor();
    await dialog.getByText('2 saved changes, newest first.').waitFor();
    const entries = dialog.locator('.history__entry');
    await expect.poll(() => entries.count()).toBe(2);
    await expect
      .poll(() => entries.nth(0).locator('dd').allTextContents())
      .toEqual(['first@example.org', 'second@example.org']);
    await expect
      .poll(() => entries.nth(1).locator('dd').allTextContents())
      .toEqual(['(empty)', 'first@example.org']);
    expect(await entries.nth(0).textContent()).toContain('Edited');
    await audit(page, 'history-en', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y outside text fields, not inside them', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Durability 2026' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedEmail(page)).toBe('first@example.org');
    await expect.poll(() => email().inputValue()).toBe('first@example.org');
    await page.keyboard.press('Control+y');
    await expect.poll(() => storedEmail(page)).toBe('second@example.org');
    await expect.poll(() => email().inputValue()).toBe('second@example.org');
    // Inside the field, Ctrl+Z is the field's own undo: the stored answer stays.
    await email().focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(500);
    expect(await storedEmail(page)).not.toBe('first@example.org');
  });

  it('backs up from the Backups screen and restores after confirming, keeping a safety copy', async () => {
    const { page } = app;
    await typeAndLeave('before-backup@example.org');
    await page.getByRole('button', { name: 'All assessments' }).click();
    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    await page.getByText('Persistent storage').waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText('The backup was saved on this computer.').waitFor();
    const rows = page.locator('.backups__table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Durability 2026');

    // Change the answer after the backup, then restore it.
    await page.getByRole('button', { name: 'Back to assessments' }).click();
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await typeAndLeave('after-backup@example.org');
    await page.evaluate(() => sessionStorage.setItem('omnibus.view', '{"kind":"backups"}'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(1);
    await rows.last().getByRole('button', { name: 'Restore' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByText(/Its current state is backed up first/).waitFor();
    await audit(page, 'backups-confirm-en', false);
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await page.getByText(/Durability 2026.” was restored\./).waitFor();
    await expect.poll(() => storedEmail(page)).toBe('before-backup@example.org');
    // The state it replaced was backed up first.
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    await audit(page, 'backups-en');
  });

  it('shows the backups screen and the history in Arabic, right to left, without axe findings', async () => {
    const { page } = app;
    await page.getByLabel('Interface language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'النسخ الاحتياطية' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('.backups__table caption').waitFor();
    await audit(page, 'backups-ar');
    await page.getByRole('button', { name: 'العودة إلى التقييمات' }).click();
    await page.getByRole('button', { name: 'فتح', exact: true }).first().click();
    await page.locator(`[data-question-id="${EMAIL}"] .history-button`).click();
    const dialog = page.getByRole('dialog', { name: 'سجل هذه الإجابة' });
    await dialog.waitFor();
    await dialog.locator('.history__entry').first().waitFor();
    await audit(page, 'history-ar', false);
    await page.keyboard.press('Escape');
    await page.getByLabel('لغة الواجهة').selectOption('en');
  });
});

// Without Electron the backups are files: download one, change the answer, restore the file.
describe('backups in a plain browser', () => {
  it('downloads a backup and restores it from the file, after downloading a safety copy', async () => {
    const { server, origin } = await startServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const folder = mkdtempSync(path.join(tmpdir(), 'omnibus-downloads-'));
    try {
      const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${origin}/index.html`);
      const email = page.getByLabel(/E-mail address of the focal point/);
      const answer = async (text: string) => {
        await email.fill(text);
        await email.press('Tab');
        await expect.poll(async () => (await storedAnswers(page))[EMAIL]).toBe(text);
      };
      const openBackups = async () => {
        await page.getByRole('button', { name: 'All assessments' }).click();
        await page.getByRole('button', { name: 'Backups' }).click();
        await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
      };

      await createSampleAssessment(page, 'Browser 2026');
      await answer('kept@example.org');
      await openBackups();
      expect(await page.getByRole('heading', { name: 'Backups on this computer' }).count()).toBe(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download a backup' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Browser-2026-.+\.omnibus-backup\.zip$/);
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      await page.getByText('The backup file was downloaded.').waitFor();

      await page.getByRole('button', { name: 'Back to assessments' }).click();
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await answer('changed@example.org');
      await openBackups();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a backup file…' }).click(),
      ]);
      await chooser.setFiles(file);
      const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
      await confirm.waitFor();
      const [safety] = await Promise.all([
        page.waitForEvent('download'),
        confirm.getByRole('button', { name: 'Restore' }).click(),
      ]);
      expect(safety.suggestedFilename()).toMatch(/\.omnibus-backup\.zip$/);
      await page.getByText(/Browser 2026.” was restored\./).waitFor();
      expect((await storedAnswers(page))[EMAIL]).toBe('kept@example.org');
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
