import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../renderer/i18n/languages';
import { choose, createSampleAssessment, nextProvision } from './flows';
import { launchApp, type RunningApp } from './harness';

const SHOTS = path.resolve(import.meta.dirname, '../../reports/screenshots');
// Every screen pictured in every language, for a look at clipping, direction and glyphs.
const PICTURED: readonly Language[] = LANGUAGES;
// The printed report is also checked as a PDF in the two scripts most likely to break there.
const PDF_CHECKED: readonly Language[] = ['ar', 'zh'];

interface Finding {
  id: string;
  impact?: string | null;
  nodes: { target: unknown }[];
}

// Every screen passes axe in every language.
describe('accessibility in all six languages', () => {
  let app: RunningApp;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    const { page } = app;
    await createSampleAssessment(page, 'Évaluation — تقييم — 评估');
    await page.getByRole('combobox', { name: /Reporting State/ }).selectOption('MX');
    await choose(page, /regard to the Convention/, 'Party');
    await page.getByLabel(/E-mail address/).fill('wrong');
    await nextProvision(page);
    await choose(page, /criminalized participation/, 'No');
    await choose(page, /technical assistance/i, 'Assistance needed');
    await page.getByLabel('Training').check();
    // Let autosave commit before the reloads below.
    await page.waitForTimeout(1200);
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  async function audit(screen: string, language: Language): Promise<void> {
    const { page } = app;
    await page.waitForTimeout(300);
    const result = await new AxeBuilder({ page }).analyze();
    const findings = (result.violations as Finding[]).map(
      (v) =>
        `${v.id} (${v.impact ?? ''}) ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`,
    );
    expect(findings, `${screen} in ${language}`).toEqual([]);
    if (PICTURED.includes(language)) {
      await page.screenshot({
        path: path.join(SHOTS, `${screen}-${language}.png`),
        fullPage: screen !== 'fill',
      });
    }
  }

  const go = (view: object) =>
    app.page.evaluate((v) => {
      sessionStorage.setItem('omnibus.view', JSON.stringify(v));
    }, view);

  for (const language of LANGUAGES) {
    it(`home, fill, review and print pass axe in ${language}`, async () => {
      const { page } = app;
      const assessmentId = await page.evaluate(
        () =>
          (JSON.parse(sessionStorage.getItem('omnibus.view') ?? '{}') as { assessmentId?: string })
            .assessmentId ?? null,
      );
      const id = assessmentId ?? '';
      await page.locator('.language-switcher select').selectOption(language);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

      await go({ kind: 'home' });
      await page.reload();
      await page.locator('.assessment-card').first().waitFor();
      await audit('home', language);

      await go({ kind: 'fill', assessmentId: id, questionId: 'untoc-art-5-ta' });
      await page.reload();
      await page.locator('[data-question-id="untoc-art-5-ta"]').waitFor();
      await audit('fill', language);

      await go({ kind: 'review', assessmentId: id });
      await page.reload();
      await page.locator('.todo-list').waitFor();
      await audit('review', language);

      await go({ kind: 'print', assessmentId: id });
      await page.reload();
      await page.locator('.report').waitFor();
      await audit('print', language);

      if (PDF_CHECKED.includes(language)) {
        const file = path.join(SHOTS, `report-${language}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '50',
          file,
          path.join(SHOTS, `report-${language}`),
        ]);
        const text = execFileSync('pdftotext', [file, '-']).toString();
        expect(text).toContain(language === 'ar' ? 'المساعدة التقنية المطلوبة' : '请求的技术援助');
      }
      await go({ kind: 'fill', assessmentId: id });
    });
  }
});
