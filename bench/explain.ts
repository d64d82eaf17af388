// `npx tsx bench/explain.ts`: where the time goes when typing, switching chapter and switching
// language in Omnibus at 5,000 questions — a CPU profile of an unminified bench build, summed by
// function. Run after `npm run bench` (it reuses bench/generated/).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { newProfile, openSession, removeProfile, serve } from './browser';
import { ROOT } from './build';
import { omnibusDriver } from './drivers';
import { generateAll } from './generate';
import { clickThrough, switchLanguage } from './page-timing';
import { profile, type HotFunction } from './profile';
import { timeEdits } from './typing';

const OUT_DIR = path.join(ROOT, 'out/bench-web-unminified');

function print(title: string, hot: readonly HotFunction[]): void {
  process.stdout.write(
    `\n${title}\n${'self ms'.padStart(9)}${'total ms'.padStart(10)}  function\n`,
  );
  for (const h of hot) {
    process.stdout.write(
      `${String(h.selfMs).padStart(9)}${String(h.totalMs).padStart(10)}  ${h.name} (${h.where})\n`,
    );
  }
}

async function main(): Promise<void> {
  const size = Number(process.env['BENCH_SIZE'] ?? 5000);
  const q = generateAll().find((x) => x.name === `bench-${size}`);
  if (!q) throw new Error(`no generated questionnaire of ${size} questions`);
  execFileSync('npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_UNMINIFIED: '1' },
  });
  const served = await serve(OUT_DIR);
  const driver = omnibusDriver(served.origin, q);
  const dir = newProfile('explain');
  const session = await openSession({
    profile: dir,
    origin: served.origin,
    readySelector: driver.readySelector,
    bridge: true,
  });
  try {
    await driver.prepare(session.page);
    const page = session.page;
    const typing = async () => {
      await timeEdits(page, driver.typingSelector, 20, null);
    };
    print(`typing 20 characters at ${size} questions`, await profile(page, typing));
    print(
      `typing 20 more: components by inclusive time`,
      await profile(page, typing, { components: true }),
    );
    print(
      `4 chapter switches at ${size} questions`,
      await profile(page, async () => {
        for (const hop of [
          driver.toSecondChapter,
          driver.toFirstChapter,
          driver.toSecondChapter,
          driver.toFirstChapter,
        ]) {
          await clickThrough(page, hop.clicks, hop.ready);
        }
      }),
    );
    const { control, textSelector } = driver.language;
    print(
      `4 language switches at ${size} questions`,
      await profile(page, async () => {
        for (const [lang, text] of [
          ['ru', 'Вопрос'],
          ['en', 'Question'],
          ['ru', 'Вопрос'],
          ['en', 'Question'],
        ] as const) {
          await switchLanguage(page, control, lang, textSelector, text);
        }
      }),
    );
  } finally {
    await session.close();
    await served.close();
    removeProfile(dir);
  }
}

await main();
