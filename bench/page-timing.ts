// Timed interactions, measured inside the page from the user's action to the next painted frame
// after the screen shows the result (so the bench's own round trips are not counted).
import type { Page } from 'playwright-core';
import type { BenchWindow } from './probes';

// Clicks each selector in turn (skipping a toggle whose target is already visible) and waits
// until `ready` is on screen. Returns milliseconds from the first click to the painted frame.
export function clickThrough(
  page: Page,
  clicks: readonly string[],
  ready: string,
): Promise<number> {
  return page.evaluate(
    async ({ clicks, ready }) => {
      const bench = (globalThis as BenchWindow).__bench;
      const visible = (selector: string) => {
        const el = document.querySelector<HTMLElement>(selector);
        return !!el && el.offsetParent !== null;
      };
      const last = clicks[clicks.length - 1] ?? '';
      const start = performance.now();
      for (const selector of clicks) {
        if (selector !== last && visible(last)) continue;
        await bench.waitFor(() => visible(selector), 30_000, selector);
        document.querySelector<HTMLElement>(selector)?.click();
      }
      await bench.waitFor(() => !!document.querySelector(ready), 60_000, ready);
      return (await bench.nextPaint()) - start;
    },
    { clicks, ready },
  );
}

export type LanguageControl =
  { readonly kind: 'select'; readonly selector: string } | { readonly kind: 'surveyjs' };

// Switches the interface language and waits until `textSelector` reads `expected`.
export function switchLanguage(
  page: Page,
  control: LanguageControl,
  language: string,
  textSelector: string,
  expected: string,
): Promise<number> {
  return page.evaluate(
    async ({ control, language, textSelector, expected }) => {
      const bench = (globalThis as BenchWindow).__bench;
      const start = performance.now();
      if (control.kind === 'select') {
        const select = document.querySelector<HTMLSelectElement>(control.selector);
        if (!select) throw new Error(`no language control at ${control.selector}`);
        select.value = language;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        (globalThis as unknown as { survey: { locale: string } }).survey.locale = language;
      }
      await bench.waitFor(
        () => document.querySelector(textSelector)?.textContent?.includes(expected) ?? false,
        30_000,
        `${textSelector} to read ${expected}`,
      );
      return (await bench.nextPaint()) - start;
    },
    { control, language, textSelector, expected },
  );
}
