// Keystroke latency: from the keydown to the next painted frame, and (for Omnibus) to the
// IndexedDB transaction that committed the typed value, read back from the 'omnibus' database.
import type { Page } from 'playwright-core';
import type { BenchWindow } from './probes';

export interface EditTiming {
  readonly painted: number;
  // null when the app does not store answers (SurveyJS) or nothing was committed in time.
  readonly committed: number | null;
  // The IndexedDB transaction alone (created → complete): the storage cost without the debounce.
  readonly transaction: number | null;
}

export interface CommitTarget {
  readonly assessmentId: string;
  readonly questionId: string;
}

type EditWindow = BenchWindow & { __edit?: Promise<EditTiming>; __benchDb?: Promise<IDBDatabase> };

const KEYS = 'abcdefghij';

function arm(page: Page, selector: string, target: CommitTarget | null, timeoutMs: number) {
  return page.evaluate(
    ({ selector, target, timeoutMs }) => {
      const w = globalThis as EditWindow;
      const bench = w.__bench;
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no input at ${selector}`);
      const database = () =>
        (w.__benchDb ??= new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('omnibus');
          request.onsuccess = () => {
            request.result.onversionchange = () => request.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error ?? new Error('cannot open omnibus'));
        }));
      const stored = async (t: NonNullable<typeof target>) => {
        const db = await database();
        return new Promise<unknown>((resolve, reject) => {
          const get = db
            .transaction('answers', 'readonly')
            .objectStore('answers')
            .get([t.assessmentId, t.questionId]);
          get.onsuccess = () => resolve((get.result as { value?: unknown } | undefined)?.value);
          get.onerror = () => reject(get.error ?? new Error('read failed'));
        });
      };
      w.__edit = new Promise<EditTiming>((resolve) => {
        let keydown = -1;
        let painted = -1;
        let committed: number | null = target ? -1 : null;
        let transaction: number | null = null;
        const timer = setTimeout(() => {
          bench.commitWaiters.clear();
          resolve({
            painted: painted < 0 ? Number.NaN : painted - keydown,
            committed: null,
            transaction,
          });
        }, timeoutMs);
        const finish = () => {
          if (painted < 0 || committed === -1) return;
          clearTimeout(timer);
          resolve({
            painted: painted - keydown,
            committed: committed === null ? null : committed - keydown,
            transaction,
          });
        };
        input.addEventListener('keydown', (e) => (keydown = e.timeStamp), {
          once: true,
          capture: true,
        });
        input.addEventListener(
          'input',
          () => void bench.nextPaint().then((t) => ((painted = t), finish())),
          { once: true },
        );
        if (!target) return;
        const waiter = (entry: { start: number; end: number }) => {
          if (keydown < 0 || entry.start < keydown) return;
          const expected = input.value;
          void stored(target).then((value) => {
            // Another question's write, or an older value: keep waiting.
            if (value !== expected || committed !== -1) return;
            bench.commitWaiters.delete(waiter);
            committed = entry.end;
            transaction = entry.end - entry.start;
            finish();
          });
        };
        bench.commitWaiters.add(waiter);
      });
    },
    { selector, target, timeoutMs },
  );
}

// Types `edits` characters into the input one at a time, each after the previous one settled.
export async function timeEdits(
  page: Page,
  selector: string,
  edits: number,
  target: CommitTarget | null,
): Promise<EditTiming[]> {
  await page.click(selector);
  await page.keyboard.press('End');
  const timings: EditTiming[] = [];
  for (let i = 0; i < edits; i += 1) {
    await arm(page, selector, target, 5_000);
    await page.keyboard.press(KEYS[i % KEYS.length] ?? 'a');
    timings.push(
      await page.evaluate(() => (globalThis as EditWindow).__edit as Promise<EditTiming>),
    );
  }
  return timings;
}
