import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, storedAnswers } from './durability-helpers';
import { createSampleAssessment } from './flows';
import { browserPid, launchApp, startServer, type RunningApp } from './harness';

// Two free-text answers on the sample questionnaire's first provision.
const EMAIL = 'profile-contact-email';
const AGENCIES = 'profile-agencies';
type Typed = { email: string; other: string };

function typedOf(answers: Record<string, unknown>): Typed {
  const email = answers[EMAIL];
  const agencies = answers[AGENCIES] as { other?: string } | undefined;
  return { email: typeof email === 'string' ? email : '', other: agencies?.other ?? '' };
}

// Kills Chromium's browser process: no pagehide, no unload, no flush gets to run.
async function crash(app: RunningApp, profile: string): Promise<void> {
  const pid = browserPid(profile);
  if (pid === undefined) throw new Error('Chromium browser process not found');
  const gone = new Promise<void>((resolve) => app.context.once('close', () => resolve()));
  process.kill(pid, 'SIGKILL');
  await gone;
  await app.close();
}

describe('answers shown as saved survive the browser being killed', () => {
  let shared: { server: Server; origin: string };
  let profile: string;
  beforeAll(async () => {
    shared = await startServer();
    profile = mkdtempSync(path.join(tmpdir(), 'omnibus-profile-'));
  });
  afterAll(async () => {
    await new Promise((resolve) => shared.server.close(resolve));
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  });

  const launch = () => launchApp({ userDataDir: profile, server: shared });
  const emailField = (page: Page) => page.getByLabel(/E-mail address of the focal point/);
  const otherField = (page: Page) => page.getByLabel('Other, please specify');

  // Every time the status line turns to "Saved at …", the page reports what the fields hold.
  async function watchSaved(page: Page, onSaved: (typed: Typed) => void): Promise<void> {
    await page.exposeBinding('__reportSaved', (_source, typed: Typed) => onSaved(typed));
    await page.evaluate(() => {
      const report = (window as unknown as { __reportSaved: (t: unknown) => void }).__reportSaved;
      const status = document.querySelector('.save-status');
      if (!status) throw new Error('no save status on the page');
      new MutationObserver(() => {
        if (status.getAttribute('data-kind') !== 'saved') return;
        const email = document.querySelector<HTMLInputElement>(
          '[data-question-id="profile-contact-email"] input',
        );
        const other = document.querySelector<HTMLInputElement>(
          '[data-question-id="profile-agencies"] input[type="text"]',
        );
        report({ email: email?.value ?? '', other: other?.value ?? '' });
      }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
    });
  }

  it('creates the assessment and opens its first provision', async () => {
    const app = await launch();
    const { page } = app;
    await createSampleAssessment(page, 'Crash test');
    await page.getByRole('heading', { level: 1, name: 'Crash test' }).waitFor();
    await page
      .getByRole('group', { name: /Which authorities contributed/ })
      .getByLabel('Other', { exact: true })
      .check();
    await otherField(page).waitFor();
    await page.locator('.save-status[data-kind="saved"]').waitFor();
    await app.close();
  });

  it('keeps every answer shown as saved across four kills at random moments', async () => {
    const random = seededRandom(20261123);
    let expected: Typed = { email: '', other: '' };
    let roundsWithProgress = 0;
    for (let round = 1; round <= 4; round += 1) {
      const app = await launch();
      const { page } = app;
      await page.getByRole('button', { name: 'Open', exact: true }).first().click();
      await emailField(page).waitFor();
      const found = typedOf(await storedAnswers(page));
      // Nothing shown as saved is lost; text typed after the last "Saved" may be.
      expect(found.email.startsWith(expected.email), `round ${round}: e-mail`).toBe(true);
      expect(found.other.startsWith(expected.other), `round ${round}: other`).toBe(true);
      expect(await emailField(page).inputValue()).toBe(found.email);

      let saved: Typed = found;
      await watchSaved(page, (typed) => (saved = typed));
      // Some rounds wait for "Saved" and then type a little more; others die mid-word.
      const words = 2 + Math.floor(random() * 3);
      const killAfterMs = 300 + Math.floor(random() * 2_000);
      const deadline = Date.now() + killAfterMs;
      const typing = (async () => {
        for (let w = 0; w < words && Date.now() < deadline; w += 1) {
          const field = (round + w) % 2 === 0 ? emailField(page) : otherField(page);
          await field.focus();
          await page.keyboard.press('End');
          for (const ch of `r${round}w${w}.`) {
            if (Date.now() >= deadline) return;
            await page.keyboard.type(ch);
            await new Promise((r) => setTimeout(r, 20 + random() * 120));
          }
          if (random() < 0.5) await page.locator('.save-status[data-kind="saved"]').waitFor();
        }
      })().catch(() => undefined); // the kill interrupts it
      await new Promise((r) => setTimeout(r, killAfterMs));
      await crash(app, profile);
      await typing;
      if (saved.email.length + saved.other.length > found.email.length + found.other.length)
        roundsWithProgress += 1;
      expected = saved;
    }
    const app = await launch();
    await app.page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await emailField(app.page).waitFor();
    const found = typedOf(await storedAnswers(app.page));
    expect(found.email.startsWith(expected.email)).toBe(true);
    expect(found.other.startsWith(expected.other)).toBe(true);
    // The check above is only worth something if answers were shown as saved in most rounds.
    expect(roundsWithProgress).toBeGreaterThanOrEqual(3);
    expect(expected.email).not.toBe('');
    expect(expected.other).not.toBe('');
    await app.close();
  });
});
