// One app, one questionnaire: cold and warm loads, chapter switches, language switches, heap,
// and keystrokes, all in Debian's Chromium with a real profile on disk.
import type { Page } from 'playwright-core';
import { clearCaches, newProfile, openSession, removeProfile, type Session } from './browser';
import type { AppDriver } from './drivers';
import { heapUsedMB } from './memory';
import { clickThrough, switchLanguage } from './page-timing';
import type { BenchWindow, LoadMarks } from './probes';
import { timeEdits, type EditTiming } from './typing';

export interface LoadRun {
  // Milliseconds from navigation start.
  readonly interactive: number;
  readonly painted: number;
  // From the user's click (Omnibus: "Open" on the home screen) to interactive; null without a click.
  readonly afterClick: number | null;
}

export interface AppRun {
  readonly cold: LoadRun[];
  readonly warm: LoadRun[];
  readonly chapterSwitch: number[];
  readonly languageSwitch: number[];
  readonly heapMB: number;
  readonly edits: EditTiming[];
}

export interface RunOptions {
  readonly loads: number;
  readonly hops: number;
  readonly languageSwitches: number;
  readonly edits: number;
}

async function load(session: Session, driver: AppDriver): Promise<LoadRun> {
  await session.page.goto(driver.url, { waitUntil: 'commit' });
  await driver.open(session.page);
  const marks: LoadMarks = await session.page.evaluate(
    () => (globalThis as BenchWindow).__bench.load,
  );
  return {
    interactive: marks.interactive,
    painted: marks.painted,
    afterClick: marks.clickedAt === null ? null : marks.interactive - marks.clickedAt,
  };
}

async function hops(page: Page, driver: AppDriver, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const hop = i % 2 === 0 ? driver.toSecondChapter : driver.toFirstChapter;
    times.push(await clickThrough(page, hop.clicks, hop.ready));
  }
  // Back on the first chapter, where typing happens.
  if (count % 2 === 1)
    await clickThrough(page, driver.toFirstChapter.clicks, driver.toFirstChapter.ready);
  return times;
}

const EXPECTED = { ru: 'Вопрос', en: 'Question' } as const;

// Switch number i (from 0): Russian, English, Russian, … Returns its time.
function switchNumber(page: Page, driver: AppDriver, i: number): Promise<number> {
  const language = i % 2 === 0 ? 'ru' : 'en';
  const { control, textSelector } = driver.language;
  return switchLanguage(page, control, language, textSelector, EXPECTED[language]);
}

// Switches between Russian and English `count` times and ends back in English.
export async function languageSwitches(
  page: Page,
  driver: AppDriver,
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push(await switchNumber(page, driver, i));
  if (count % 2 === 1) await switchNumber(page, driver, count);
  return times;
}

export async function measureApp(driver: AppDriver, options: RunOptions): Promise<AppRun> {
  const profile = newProfile(driver.app);
  const open = () =>
    openSession({
      profile,
      origin: new URL(driver.url).origin,
      readySelector: driver.readySelector,
      bridge: driver.bridge,
    });
  try {
    let session = await open();
    await driver.prepare(session.page);
    await session.close();
    const cold: LoadRun[] = [];
    for (let i = 0; i < options.loads; i += 1) {
      clearCaches(profile);
      session = await open();
      cold.push(await load(session, driver));
      if (i < options.loads - 1) await session.close();
    }
    const warm: LoadRun[] = [];
    for (let i = 0; i < options.loads; i += 1) {
      await driver.beforeReload(session.page);
      warm.push(await load(session, driver));
    }
    const heapMB = await heapUsedMB(session.page);
    const chapterSwitch = await hops(session.page, driver, options.hops);
    const languageSwitch = await languageSwitches(session.page, driver, options.languageSwitches);
    const edits = await timeEdits(
      session.page,
      driver.typingSelector,
      options.edits,
      driver.commitTarget(),
    );
    await session.close();
    return { cold, warm, chapterSwitch, languageSwitch, heapMB, edits };
  } finally {
    removeProfile(profile);
  }
}

export interface LanguageOnlyRun {
  readonly times: number[];
  // Switches after which the user was where they were: same question focused, its text kept,
  // the field on screen.
  readonly placeKept: number;
}

// Where the user is, as they would judge it after a language switch.
function place(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector);
    const active = document.activeElement;
    const box = input?.getBoundingClientRect();
    return {
      focused: !!input && active === input,
      value: input?.value ?? null,
      onScreen: !!box && box.bottom > 0 && box.top < innerHeight,
    };
  }, selector);
}

// The language switch on one large chapter (the 300-question one), apart from the rest, while
// the user is typing in a field: each switch is timed, and the place checked after it.
export async function measureLanguageOnly(
  driver: AppDriver,
  count: number,
): Promise<LanguageOnlyRun> {
  const profile = newProfile(`${driver.app}-language`);
  try {
    const session = await openSession({
      profile,
      origin: new URL(driver.url).origin,
      readySelector: driver.readySelector,
      bridge: driver.bridge,
    });
    await driver.prepare(session.page);
    await driver.beforeReload(session.page);
    await load(session, driver);
    const { page } = session;
    await page.click(driver.typingSelector);
    await page.keyboard.type('half-typed');
    const times: number[] = [];
    let placeKept = 0;
    for (let i = 0; i < count; i += 1) {
      times.push(await switchNumber(page, driver, i));
      const after = await place(page, driver.typingSelector);
      if (after.focused && after.onScreen && after.value?.endsWith('half-typed')) placeKept += 1;
    }
    await session.close();
    return { times, placeKept };
  } finally {
    removeProfile(profile);
  }
}
