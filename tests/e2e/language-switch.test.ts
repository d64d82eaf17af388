import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, createSampleAssessment, nextProvision } from './flows';
import { launchApp, type RunningApp } from './harness';

// A focal point half-way through typing switches the interface language: nothing moves or is lost.
describe('switching language while answering', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1100, height: 700 } });
    const { page } = app;
    await createSampleAssessment(page, 'Switch');
    await choose(page, /regard to the Convention/, 'Party');
    await nextProvision(page);
    await choose(page, /criminalized participation/, 'No');
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps the provision, the field, its text and the scroll position', async () => {
    const { page } = app;
    const field = page.locator('[data-question-id="untoc-art-5-explain"] textarea');
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await field.pressSequentially('Half-typed sentence, not yet saved', { delay: 5 });
    await page.evaluate(() => {
      (window as unknown as { typing: Element | null }).typing = document.activeElement;
    });
    const before = await field.evaluate((el) => el.getBoundingClientRect().top);

    await page.locator('.language-switcher select').selectOption('fr');
    await page.getByRole('heading', { level: 2, name: /Article 5/ }).waitFor();

    const same = await page.evaluate(() => {
      const kept = (window as unknown as { typing: HTMLTextAreaElement }).typing;
      return {
        connected: kept.isConnected,
        value: kept.value,
        lang: document.documentElement.lang,
      };
    });
    expect(same).toEqual({
      connected: true,
      value: 'Half-typed sentence, not yet saved',
      lang: 'fr',
    });
    const after = await field.evaluate((el) => el.getBoundingClientRect().top);
    // French text is longer; the field may shift a little but stays where the user was looking.
    expect(Math.abs(after - before)).toBeLessThan(250);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(after).toBeLessThan(700);

    await field.focus();
    await page.keyboard.type(' — suite');
    await expect(field.inputValue()).resolves.toBe('Half-typed sentence, not yet saved — suite');
  });
});
