import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDefinitionText } from '../../renderer/engine';
import {
  buildContributionPackage,
  readPackage,
  verifyPackage,
  type AnswerInput,
} from '../../renderer/package';
import { choose, createSampleAssessment, nextProvision, readStore, storedAnswers } from './flows';
import { launchApp, type RunningApp } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'reports/screenshots');
const SAMPLE = path.join(ROOT, 'questionnaires/sample.json');

function cli(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/omnibus-cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
}

// Names, dates and paths are bidi-isolated inside sentences; compare without the marks.
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

async function audit(page: Page, scope: string, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(scope).analyze();
  const findings = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}) ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`,
  );
  expect(findings, what).toEqual([]);
}

// Tall enough for the whole dialog, so nothing is cut off in the picture.
async function shoot(dialog: Locator, name: string): Promise<void> {
  const page = dialog.page();
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.waitForTimeout(250);
  await dialog.screenshot({ path: path.join(SHOTS, name) });
  if (size) await page.setViewportSize(size);
}

// The focal point exports for the secretariat, hands a chapter to a colleague, and imports
// the colleague's contribution with one conflict settled on the conflict screen.
describe('the response package, end to end', () => {
  let app: RunningApp;
  let page: Page;
  let assessmentId = '';
  const file = (name: string) => path.join(app.workDir, name);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    page = app.page;
    await createSampleAssessment(page, 'Auto-évaluation 2026');
    await page.getByRole('combobox', { name: /Reporting State/ }).selectOption('FR');
    await choose(page, /regard to the Convention/, 'Party');
    await nextProvision(page);
    await choose(page, /criminalized participation/, 'Partially');
    await page
      .getByRole('textbox', { name: /Explain/ })
      .first()
      .fill('Article 450-1 du code pénal');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.waitForTimeout(1200);
    assessmentId = await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('omnibus.view') ?? '{}') as { assessmentId?: string })
          .assessmentId ?? '',
    );
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Response package' }).waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports for the secretariat through the bridge, and the file verifies in Node and with the CLI', async () => {
    await page.getByRole('button', { name: 'Export for the secretariat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export for the secretariat' });
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain('will not be encrypted');
    // A name is needed; the error is tied to the field.
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const name = dialog.getByLabel('Your name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Marie Curie');
    await dialog.getByLabel('Your agency').fill('Ministère de la Justice');
    await audit(page, 'dialog[open]', 'export dialog (en)');
    await shoot(dialog, 'package-export-dialog-en.png');

    app.dialogs.savePath = file('FR-sample.omnibus');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Package exported' });
    await done.waitFor();
    expect(plain(await done.getByRole('status').textContent())).toContain(
      file('FR-sample.omnibus'),
    );
    await done.getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Export for the secretariat');

    const bytes = readFileSync(file('FR-sample.omnibus'));
    const report = await verifyPackage(bytes);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.manifest?.assessment.state).toBe('FR');
    expect(report.manifest?.focalPoint).toEqual({
      name: 'Marie Curie',
      agency: 'Ministère de la Justice',
    });
    const verified = cli('verify', file('FR-sample.omnibus'));
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);

    // `omnibus pack` from the same answers, read straight from IndexedDB.
    const stored = (await storedAnswers(page)).filter((a) => a.assessmentId === assessmentId);
    expect(stored.map((a) => a.questionId).sort()).toEqual([
      'profile-country',
      'profile-status-untoc',
      'untoc-art-5-compliance',
      'untoc-art-5-explain',
    ]);
    const answersFile = {
      assessment: {
        id: assessmentId,
        state: 'FR',
        title: 'Auto-évaluation 2026',
        createdAt: report.manifest?.createdAt ?? '',
      },
      focalPoint: { name: 'Marie Curie', agency: 'Ministère de la Justice' },
      answers: stored.map((a) => ({
        questionId: a.questionId,
        value: a.value,
        definitionVersion: a.definitionVersion,
        author: a.author,
        agency: a.agency,
        updatedAt: a.updatedAt,
        language: a.language,
      })),
    };
    writeFileSync(file('answers.json'), JSON.stringify(answersFile));
    const packed = cli(
      'pack',
      '--definition',
      SAMPLE,
      '--answers',
      file('answers.json'),
      '--out',
      file('packed.omnibus'),
    );
    expect(packed.stderr).toBe('');
    expect(packed.status).toBe(0);
    const packedBytes = readFileSync(file('packed.omnibus'));
    expect((await verifyPackage(packedBytes)).ok).toBe(true);
    expect(cli('verify', file('packed.omnibus')).status).toBe(0);
    const [fromApp, fromCli] = await Promise.all([readPackage(bytes), readPackage(packedBytes)]);
    expect(fromApp.responses.answers).toEqual(fromCli.responses.answers);
    expect(fromApp.manifest.questionnaire).toEqual(fromCli.manifest.questionnaire);

    await page.getByRole('button', { name: 'Reopen for editing' }).waitFor({ state: 'detached' });
    const assessments = await readStore<{ id: string; status: string }>(page, 'assessments');
    expect(assessments.find((a) => a.id === assessmentId)?.status).toBe('exported');
  });

  it('says so when the save dialog is closed, and changes nothing', async () => {
    await page.getByRole('button', { name: 'Export for the secretariat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export for the secretariat' });
    expect(await dialog.getByLabel('Your name').inputValue()).toBe('Marie Curie');
    app.dialogs.savePath = null;
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const cancelled = page.getByRole('dialog', { name: 'Cancelled' });
    await cancelled.waitFor();
    expect(await cancelled.textContent()).toContain('No file was saved');
    await cancelled.getByRole('button', { name: 'Close' }).click();
  });

  it('hands a chapter to a colleague, imports their contribution with one conflict, and undoes it', async () => {
    await page.getByRole('button', { name: 'Hand chapters to a colleague' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand chapters to a colleague' });
    await dialog.getByRole('button', { name: 'Export the hand-off' }).click();
    await dialog.getByText('Choose at least one chapter.').waitFor();
    expect(
      await dialog
        .getByRole('checkbox')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await dialog
      .getByRole('group', { name: 'Chapters to hand off' })
      .getByLabel(/Criminali/)
      .check();
    await dialog.getByLabel("Colleague's name").fill('Li Wei');
    await dialog.getByLabel("Colleague's agency").fill('Ministère de l’Intérieur');
    await audit(page, 'dialog[open]', 'hand-off dialog (en)');
    app.dialogs.savePath = file('handoff.omnibus');
    await dialog.getByRole('button', { name: 'Export the hand-off' }).click();
    const done = page.getByRole('dialog', { name: 'Hand-off exported' });
    await done.waitFor();
    await done.getByRole('button', { name: 'Close' }).click();
    await page.getByText("Waiting for the colleague's answers.").waitFor();

    // The colleague answers (their Omnibus, here the package code in Node).
    const handoffPackage = await readPackage(readFileSync(file('handoff.omnibus')), {
      expectKind: 'handoff',
    });
    const handoff = handoffPackage.handoff!;
    expect(handoff.questions).toContain('untoc-art-5-compliance');
    const kept = Object.entries(handoffPackage.responses.answers).map(
      ([questionId, entry]): AnswerInput => ({ ...entry, questionId, value: entry.value as never }),
    );
    const theirs = (questionId: string, value: unknown): AnswerInput => ({
      questionId,
      value: value as never,
      definitionVersion: '1.0.0',
      author: 'Li Wei',
      agency: 'Ministère de l’Intérieur',
      updatedAt: '2026-01-16T10:00:00.000Z',
      language: 'fr',
    });
    const answers = [
      ...kept.filter(
        (a) => !['untoc-art-5-compliance', 'untoc-art-5-explain'].includes(a.questionId),
      ),
      theirs('untoc-art-5-compliance', 'no'),
      theirs('untoc-art-5-explain', 'Articles 450-1 et 450-2 du code pénal'),
      theirs('untoc-art-29-training', 'yes'),
    ];
    const text = readFileSync(SAMPLE, 'utf8');
    const parsed = parseDefinitionText(text);
    if (!parsed.ok) throw new Error('sample.json');
    const contribution = await buildContributionPackage(
      {
        definitionText: text,
        definition: parsed.definition,
        assessment: { id: 'colleague-copy', state: 'FR', title: 'Intérieur', createdAt: 0 },
        focalPoint: { name: 'Li Wei', agency: 'Ministère de l’Intérieur' },
        answers,
        attachments: [],
        appVersion: 'e2e',
      },
      handoff,
    );
    writeFileSync(file('contribution.omnibus'), contribution);

    // Meanwhile the focal point changed the same answer: a conflict.
    await page.getByRole('button', { name: 'Back to the questionnaire' }).click();
    await page.locator('[data-question-id="untoc-art-5-compliance"]').waitFor();
    await choose(page, /criminalized participation/, 'Yes, fully');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Review', exact: true }).click();

    // A refused file says why and changes nothing.
    writeFileSync(file('broken.omnibus'), contribution.slice(0, 300));
    app.dialogs.openPath = file('broken.omnibus');
    await page.getByRole('button', { name: "Import a colleague's contribution" }).click();
    const refused = page.getByRole('dialog', { name: 'The contribution was not imported' });
    await refused.waitFor();
    expect(await refused.getByRole('alert').textContent()).toMatch(
      /cut short|damaged|not an Omnibus/,
    );
    await refused.getByRole('button', { name: 'Close' }).click();

    app.dialogs.openPath = file('contribution.omnibus');
    await page.getByRole('button', { name: /Import a colleague.s contribution/ }).click();
    const screen = page.getByRole('dialog', { name: /Review the colleague.s answers/ });
    await screen.waitFor();
    expect(await screen.textContent()).toContain('2 new answers to apply');
    const conflict = screen.locator('[data-question-id="untoc-art-5-compliance"]');
    expect(await conflict.locator('.conflict__side').nth(0).textContent()).toContain('Yes, fully');
    expect(plain(await conflict.locator('.conflict__side').nth(1).textContent())).toContain(
      'Li Wei (Ministère de l’Intérieur)',
    );
    await audit(page, 'dialog[open]', 'conflict screen (en)');
    await shoot(screen, 'package-conflicts-en.png');
    // Keyboard only: Import without a choice is refused, then the colleague's answer is taken.
    await screen.getByRole('button', { name: 'Import', exact: true }).press('Enter');
    await screen.getByRole('alert').waitFor();
    await conflict.getByLabel(/Take the colleague.s answer/).focus();
    await page.keyboard.press('Space');
    await screen.getByRole('button', { name: 'Import', exact: true }).focus();
    await page.keyboard.press('Enter');
    const imported = page.getByRole('dialog', { name: 'Contribution imported' });
    await imported.waitFor();
    expect(await imported.textContent()).toContain('3 answers were imported');

    const after = new Map(
      (await storedAnswers(page))
        .filter((a) => a.assessmentId === assessmentId)
        .map((a) => [a.questionId, a]),
    );
    expect(after.get('untoc-art-5-compliance')).toMatchObject({ value: 'no', author: 'Li Wei' });
    expect(after.get('untoc-art-29-training')?.agency).toBe('Ministère de l’Intérieur');
    expect(after.get('profile-country')?.value).toBe('FR');

    await imported.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('dialog').getByText('The import was undone').waitFor();
    const undone = new Map(
      (await storedAnswers(page))
        .filter((a) => a.assessmentId === assessmentId)
        .map((a) => [a.questionId, a.value]),
    );
    expect(undone.get('untoc-art-5-compliance')).toBe('yes');
    expect(undone.get('untoc-art-5-explain')).toBe('Article 450-1 du code pénal');
    expect(undone.has('untoc-art-29-training')).toBe(false);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('lists the import under its hand-off, where Undo asks first and then puts the answers back', async () => {
    app.dialogs.openPath = file('contribution.omnibus');
    await page.getByRole('button', { name: "Import a colleague's contribution" }).click();
    const screen = page.getByRole('dialog', { name: /Review the colleague.s answers/ });
    await screen.getByLabel('Keep my answer').check();
    await screen.getByRole('button', { name: 'Import', exact: true }).click();
    const imported = page.getByRole('dialog', { name: 'Contribution imported' });
    expect(await imported.textContent()).toContain('2 answers were imported');
    await imported.getByRole('button', { name: 'Close' }).click();
    const entry = page.locator('.handoff-list__import', { hasText: '2 answers changed' });
    await entry.getByRole('button', { name: 'Undo import' }).click();
    const confirm = page.getByRole('dialog', { name: 'Undo this import?' });
    // Cancel has the focus: Enter on a surprise dialog changes nothing.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Cancel');
    await confirm.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('dialog').getByText('The import was undone').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.locator('.handoff-list__import', { hasText: 'Import undone' }).first().waitFor();
    const values = new Map(
      (await storedAnswers(page))
        .filter((a) => a.assessmentId === assessmentId)
        .map((a) => [a.questionId, a.value]),
    );
    expect(values.get('untoc-art-5-compliance')).toBe('yes');
    expect(values.has('untoc-art-29-training')).toBe(false);
    // The list's undo button is gone; focus went back to the panel, not to the page's start.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Export for the secretariat',
    );
  });

  it('shows the export dialog and the conflict screen right to left in Arabic, and in Chinese', async () => {
    for (const language of ['ar', 'zh'] as const) {
      await page.locator('.language-switcher select').selectOption(language);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dir))
        .toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.locator('.package-panel__actions button').nth(0).click();
      const exportDialog = page.locator('dialog[open]');
      await exportDialog.waitFor();
      await audit(page, 'dialog[open]', `export dialog (${language})`);
      await shoot(exportDialog, `package-export-dialog-${language}.png`);
      await page.keyboard.press('Escape');
      await exportDialog.waitFor({ state: 'detached' });

      await page.locator('.package-panel__actions button').nth(1).click();
      const handoffDialog = page.locator('dialog[open]');
      await handoffDialog.locator('form button[type="submit"]').click();
      await handoffDialog.locator('.field-error').first().waitFor();
      await audit(page, 'dialog[open]', `hand-off dialog with errors (${language})`);
      await shoot(handoffDialog, `package-handoff-dialog-${language}.png`);
      await page.keyboard.press('Escape');
      await handoffDialog.waitFor({ state: 'detached' });

      app.dialogs.openPath = file('contribution.omnibus');
      await page.locator('.package-panel__actions button').nth(2).click();
      const screen = page.locator('dialog.contribution-review[open]');
      await screen.waitFor();
      await audit(page, 'dialog[open]', `conflict screen (${language})`);
      await shoot(screen, `package-conflicts-${language}.png`);
      await screen.locator('.dialog-actions button.secondary').click();
      await screen.waitFor({ state: 'detached' });
    }
    await page.locator('.language-switcher select').selectOption('en');
  });

  it('lets the colleague open the hand-off, answer and send it back, all in the app', async () => {
    const go = async (view: object) => {
      await page.evaluate((v) => sessionStorage.setItem('omnibus.view', JSON.stringify(v)), view);
      await page.reload();
    };
    await go({ kind: 'home' });
    await createSampleAssessment(page, 'Intérieur — chapitres confiés');
    await page.locator('[data-question-id]').first().waitFor();
    // The Convention's chapters show once the profile says the State is a party: the hand-off
    // carries only the handed-over questions, so the colleague answers that one here.
    await choose(page, /regard to the Convention/, 'Party');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.waitForTimeout(1200);
    const theirId = await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('omnibus.view') ?? '{}') as { assessmentId?: string })
          .assessmentId ?? '',
    );
    await go({ kind: 'review', assessmentId: theirId });
    app.dialogs.openPath = file('handoff.omnibus');
    await page.getByRole('button', { name: 'Open a hand-off from a colleague' }).click();
    const opened = page.getByRole('dialog', { name: 'Hand-off opened' });
    await opened.waitFor();
    expect(plain(await opened.textContent())).toContain(
      '2 answers from Marie Curie (Ministère de la Justice) were filled in',
    );
    await opened.getByRole('button', { name: 'Close' }).click();

    await go({ kind: 'fill', assessmentId: theirId, questionId: 'untoc-art-29-training' });
    await page.locator('[data-question-id="untoc-art-29-training"]').waitFor();
    await choose(page, /training programmes for law enforcement/, 'Yes');
    await page.locator('.save-status', { hasText: 'Saved at' }).waitFor();
    await page.waitForTimeout(1200);
    await go({ kind: 'review', assessmentId: theirId });
    app.dialogs.savePath = file('from-colleague.omnibus');
    await page.getByRole('button', { name: 'Send my answers back' }).click();
    const sent = page.getByRole('dialog', { name: 'Answers ready to send back' });
    await sent.waitFor();
    expect(plain(await sent.textContent())).toContain('3 answers were saved');
    await sent.getByRole('button', { name: 'Close' }).click();
    await page.getByText(/Answers last sent back/).waitFor();

    // Back with the focal point: the contribution merges without conflict.
    await go({ kind: 'review', assessmentId });
    app.dialogs.openPath = file('from-colleague.omnibus');
    await page.getByRole('button', { name: "Import a colleague's contribution" }).click();
    const screen = page.getByRole('dialog', { name: /Review the colleague.s answers/ });
    await screen.waitFor();
    expect(await screen.textContent()).toContain('1 new answer to apply');
    expect(await screen.textContent()).toContain('0 answers changed on both sides');
    await screen.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog', { name: 'Contribution imported' }).waitFor();
    const training = (await storedAnswers(page)).find(
      (a) => a.assessmentId === assessmentId && a.questionId === 'untoc-art-29-training',
    );
    expect(training?.value).toBe('yes');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  });
});
