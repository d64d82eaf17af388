import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextProvision } from './flows';
import { launchApp, type RunningApp } from './harness';

const SHOTS = path.resolve(import.meta.dirname, '../../reports/screenshots');

// One focal point's walk through the sample questionnaire, which has every question type:
// create, answer each type, copy a cross-referenced answer, review, and save the PDF.
describe('a new assessment from creation to PDF', () => {
  let app: RunningApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const group = (name: RegExp) => app.page.getByRole('radiogroup', { name });
  const next = () => nextProvision(app.page);

  it('creates an assessment and opens it at the first provision', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog
      .getByLabel('Questionnaire')
      .selectOption({ label: 'Sample questionnaire (version 1.0.0)' })
      .catch(async () => {
        const value = await dialog
          .getByLabel('Questionnaire')
          .locator('option', { hasText: 'Sample questionnaire' })
          .getAttribute('value');
        await dialog.getByLabel('Questionnaire').selectOption(value ?? 'sample');
      });
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await dialog.getByText('Enter a name for the assessment.').waitFor();
    await dialog.getByLabel('Name').fill('Self-assessment 2026');
    await dialog.getByLabel('State', { exact: true }).selectOption('FR');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment 2026' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /Reporting State|State/ })
      .first()
      .waitFor();
  });

  it('answers the profile: country, single and multiple choice with other, text, date', async () => {
    const { page } = app;
    // The State chosen when creating is already the profile's answer.
    await expect(
      page.getByRole('combobox', { name: /Reporting State/ }).inputValue(),
    ).resolves.toBe('FR');
    await group(/Status of the State with regard to the Convention/)
      .getByLabel('Party', { exact: true })
      .check();
    await group(/Status of the State with regard to the Trafficking/)
      .getByLabel('Party', { exact: true })
      .check();
    const agencies = page.getByRole('group', { name: /Which authorities contributed/ });
    await agencies.getByLabel('Ministry of Justice').check();
    await agencies.getByLabel('Other', { exact: true }).check();
    await page.getByLabel('Other, please specify').fill('Ombudsperson');
    const email = page.getByLabel(/E-mail address of the focal point/);
    await email.fill('not an address');
    await email.press('Tab');
    await page.locator('[data-question-id="profile-contact-email"] .field-error').waitFor();
    await email.fill('focal.point@example.org');
    await page
      .locator('[data-question-id="profile-contact-email"] .field-error')
      .waitFor({ state: 'detached' });
    await page.getByLabel(/Date of the report/).fill('2026-03-15');
  });

  it('answers compliance, citations, long text, table, attachments and technical assistance', async () => {
    const { page } = app;
    await next();
    await page.getByRole('heading', { level: 2, name: /Article 5/ }).waitFor();
    await group(/criminalized participation/)
      .getByLabel('Partially', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Add a law' }).click();
    await page.getByLabel('Title of the law').fill('Penal Code');
    await page.getByLabel('Article or section').fill('450-1');
    await page
      .getByLabel(/Explain what is missing/)
      .fill('Conspiracy is covered; organized criminal group is not defined.');
    await page.getByLabel('Cases, 2023').fill('12');
    await page.getByLabel('Verified figures, 2023').selectOption('yes');
    // A file over the limit is refused with a clear message; an accepted one is listed with its size.
    const input = page.locator('[data-question-id="untoc-art-5-documents"] input[type=file]');
    await input.setInputFiles({
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(11 * 1024 * 1024),
    });
    await page.getByText(/“huge.pdf” is 11 MB, more than the limit of 10 MB/).waitFor();
    await input.setInputFiles({
      name: 'penal-code.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 test'),
    });
    await page.locator('.attachments__name', { hasText: 'penal-code.pdf' }).waitFor();
    await group(/technical assistance/i)
      .first()
      .getByLabel('Assistance needed', { exact: true })
      .check();
    await page.getByLabel('Legislative drafting').check();
    await page
      .getByRole('radiogroup', { name: 'Priority' })
      .getByLabel('High', { exact: true })
      .check();
    await page
      .getByLabel('Describe the assistance needed')
      .fill('Drafting a definition of organized criminal group.');
  });

  it('offers a cross-referenced answer from another instrument and copies it', async () => {
    const { page } = app;
    await next();
    await group(/run training programmes for law/)
      .getByLabel('Yes', { exact: true })
      .check();
    await next();
    await page.getByText(/This question was also answered under/).waitFor();
    await page.getByRole('button', { name: 'Use that answer' }).click();
    await page.getByText(/Same answer as under/).waitFor();
    await expect(
      group(/run training programmes for officia/)
        .getByLabel('Yes', { exact: true })
        .isChecked(),
    ).resolves.toBe(true);
    await page.getByLabel(/How many officials were trained/).fill('1250');
    await page.getByRole('button', { name: 'Add a row' }).click();
    await page.getByLabel('Programme, Row 1').fill('Victim identification');
    await page.getByLabel('Hours, Row 1').fill('16.5');
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(SHOTS, 'fill-en.png'), fullPage: false });
  });

  it('finds a question by search and jumps to it', async () => {
    const { page } = app;
    await page.getByLabel('Search the questionnaire').fill('e-mail');
    await page.getByRole('button', { name: /E-mail address of the focal point/ }).click();
    await expect(
      page.evaluate(() =>
        document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id'),
      ),
    ).resolves.toBe('profile-contact-email');
  });

  it('reopens the assessment where the user left it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'All assessments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'home-en.png') });
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: /State/ }).first().waitFor();
    await expect(page.getByLabel(/E-mail address of the focal point/).inputValue()).resolves.toBe(
      'focal.point@example.org',
    );
  });

  it('reviews what is missing, links to it, and reads the answers back', async () => {
    const { page } = app;
    await page.getByLabel(/E-mail address of the focal point/).fill('');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Review: Self-assessment 2026/ }).waitFor();
    await page.getByText('1 required answer is missing.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'review-en.png'), fullPage: true });
    await page.getByRole('button', { name: /E-mail address of the focal point/ }).click();
    const email = page.getByLabel(/E-mail address of the focal point/);
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    // Arriving from review, the missing answer is flagged and announced with the field.
    await page.locator('[data-question-id="profile-contact-email"] .field-error').waitFor();
    await expect(email.getAttribute('aria-describedby')).resolves.toContain('issues');
    await email.fill('focal.point@example.org');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByText('Nothing is missing', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Show all answers (read only)' }).click();
    await page.getByText('Ministry of Justice and Other: Ombudsperson').waitFor();
  });

  it('remembers a chapter marked complete after the app is reloaded', async () => {
    const { page } = app;
    const mark = page.getByRole('checkbox', { name: /^Mark “.*” as complete$/ }).first();
    await mark.check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Review: Self-assessment 2026/ }).waitFor();
    await expect.poll(() => mark.isChecked()).toBe(true);
    await mark.uncheck();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Review: Self-assessment 2026/ }).waitFor();
    await expect.poll(() => mark.isChecked()).toBe(false);
  });

  it('moves chapter marks kept in localStorage by an earlier version into the assessment', async () => {
    const { page } = app;
    const sample = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../questionnaires/sample.json'), 'utf8'),
    ) as { instruments: { chapters: { id: string }[] }[] };
    const chapterIds = sample.instruments.flatMap((i) => i.chapters.map((c) => c.id));
    const key = await page.evaluate((ids) => {
      const view = JSON.parse(sessionStorage.getItem('omnibus.view') ?? '{}') as {
        assessmentId: string;
      };
      const legacy = `omnibus.completed-chapters.${view.assessmentId}`;
      localStorage.setItem(legacy, JSON.stringify(ids));
      return legacy;
    }, chapterIds);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Review: Self-assessment 2026/ }).waitFor();
    const marks = page.getByRole('checkbox', { name: /^Mark “.*” as complete$/ });
    await expect.poll(async () => (await marks.count()) > 0).toBe(true);
    for (const mark of await marks.all()) await expect.poll(() => mark.isChecked()).toBe(true);
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  });

  it('saves the whole assessment as a PDF with a cover page and the assistance matrix', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await page.getByRole('heading', { level: 1, name: 'Print or save as PDF' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'print-en.png') });
    const target = path.join(app.workDir, 'report-en.pdf');
    app.dialogs.savePath = target;
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await page.getByText(`The PDF was saved to ${target}.`).waitFor({ timeout: 60_000 });
    const pdf = readFileSync(target);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [target, '-']).toString();
    expect(text).toContain('Self-assessment 2026');
    expect(text).toContain('Technical assistance requested');
    expect(text).toContain('France');
    expect(text).toContain('Legislative drafting');
    writeFileSync(path.join(SHOTS, 'report-en.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-l',
      '4',
      target,
      path.join(SHOTS, 'report-en'),
    ]);
    expect(readdirSync(SHOTS).some((f) => f.startsWith('report-en') && f.endsWith('.png'))).toBe(
      true,
    );
    expect(existsSync(target)).toBe(true);
  });
});
