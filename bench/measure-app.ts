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

export async function languageSwitches(
  page: Page,
  driver: AppDriver,
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  const { control, textSelector } = driver.language;
  for (let i = 0; i < count; i += 1) {
    const [language, expected] = i % 2 === 0 ? ['ru', 'Вопрос'] : ['en', 'Question'];
    times.push(await switchLanguage(page, control, language, textSelector, expected));
  }
  if (count % 2 === 1) await switchLanguage(page, control, 'en', textSelector, 'Question');
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

// The language switch on one large chapter (the 300-question one), apart from the rest.
export async function measureLanguageOnly(driver: AppDriver, count: number): Promise<number[]> {
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
    const times = await languageSwitches(session.page, driver, count);
    await session.close();
    return times;
  } finally {
    removeProfile(profile);
  }
}
