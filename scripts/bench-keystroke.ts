// Keystroke → answer committed in IndexedDB, in Chromium, on the real fill screen.
// Types 200 characters into a free-text answer at a human pace (short bursts and pauses, seeded),
// timestamps each keydown in the page, and timestamps each `answers` transaction's `complete`
// event (the moment strict durability reports the data on disk). A keystroke is committed when
// the first committed value holds it. Prints median and 95th percentile.
//   npm run bench:keystroke            (builds the web renderer first)
//   npm run bench:keystroke -- --no-build
import { execFileSync } from 'node:child_process';
import { seededRandom } from '../tests/e2e/durability-helpers';
import { createSampleAssessment, readStore } from '../tests/e2e/flows';
import { launchApp } from '../tests/e2e/harness';

const EDITS = 200;
const QUESTION = 'profile-contact-email';

function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

// Runs in the page before the app: records when each write to `answers` for the question commits.
function instrument(questionId: string): void {
  const log: { at: number; length: number; txMs: number }[] = [];
  const keys: number[] = [];
  Object.assign(window, { __commits: log, __keys: keys });
  document.addEventListener(
    'keydown',
    () => keys.push(performance.timeOrigin + performance.now()),
    {
      capture: true,
    },
  );
  const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')
    ?.value as IDBObjectStore['put'];
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const record = value as { questionId?: string; value?: unknown } | null;
    if (this.name === 'answers' && record?.questionId === questionId) {
      const started = performance.now();
      const length = typeof record.value === 'string' ? record.value.length : 0;
      this.transaction.addEventListener('complete', () =>
        log.push({
          at: performance.timeOrigin + performance.now(),
          length,
          txMs: performance.now() - started,
        }),
      );
    }
    return put.call(this, value, key);
  };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build'))
    execFileSync('npx', ['vite', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  const app = await launchApp();
  const { page } = app;
  try {
    await page.addInitScript(instrument, QUESTION);
    await page.reload();
    await createSampleAssessment(page, 'Keystroke bench');
    const field = page.getByLabel(/E-mail address of the focal point/);
    await field.focus();

    // Bursts of 3–12 keys, 40–160 ms apart; 400–1200 ms pauses between bursts.
    const random = seededRandom(9);
    let typed = 0;
    while (typed < EDITS) {
      const burst = Math.min(EDITS - typed, 3 + Math.floor(random() * 10));
      for (let i = 0; i < burst; i += 1) {
        await page.keyboard.type(String.fromCharCode(97 + (typed % 26)));
        typed += 1;
        await page.waitForTimeout(40 + random() * 120);
      }
      await page.waitForTimeout(400 + random() * 800);
    }
    await page.locator('.save-status[data-kind="saved"]').waitFor();
    const { keys, commits } = await page.evaluate(() => {
      const w = window as unknown as {
        __keys: number[];
        __commits: { at: number; length: number; txMs: number }[];
      };
      return { keys: w.__keys, commits: w.__commits };
    });
    if (keys.length !== EDITS) throw new Error(`expected ${EDITS} keydowns, saw ${keys.length}`);
    const latencies = keys.map((at, i) => {
      const commit = commits.find((c) => c.length >= i + 1 && c.at >= at);
      if (!commit) throw new Error(`keystroke ${i + 1} was never committed`);
      return commit.at - at;
    });
    const sorted = [...latencies].sort((a, b) => a - b);
    const tx = commits.map((c) => c.txMs).sort((a, b) => a - b);
    const changes = await readStore<{ questionId: string }>(page, 'changes');
    const history = changes.filter((c) => c.questionId === QUESTION).length;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`keystroke → committed in IndexedDB (Chromium, strict durability), ${EDITS} edits`);
    console.log(`  median ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`);
    console.log(`  max ${ms(sorted.at(-1) ?? Number.NaN)}`);
    console.log(
      `  transactions: ${commits.length}, each (put → complete) median ${ms(percentile(tx, 50))}, p95 ${ms(percentile(tx, 95))}`,
    );
    console.log(`  history entries (change records) for the ${EDITS} keystrokes: ${history}`);
  } finally {
    await app.close();
  }
}

await main();
