// `npx tsx bench/explain-load.ts`: where a cold load of Omnibus spends its time — resources,
// long tasks and the probe's marks on one timeline (ms from navigation). Run after `npm run
// bench` (it reuses out/bench-web and bench/generated/). BENCH_SIZE picks the questionnaire.
import { clearCaches, newProfile, openSession, removeProfile, serve } from './browser';
import { OUT } from './build';
import { omnibusDriver } from './drivers';
import { generateAll } from './generate';
import type { BenchWindow, LoadMarks } from './probes';

interface Line {
  readonly at: number;
  readonly text: string;
}

async function main(): Promise<void> {
  const size = Number(process.env['BENCH_SIZE'] ?? 1000);
  const q = generateAll().find((x) => x.name === `bench-${size}`);
  if (!q) throw new Error(`no generated questionnaire of ${size} questions`);
  const served = await serve(OUT.omnibus);
  const driver = omnibusDriver(served.origin, q);
  const profile = newProfile('explain-load');
  const open = () =>
    openSession({
      profile,
      origin: served.origin,
      readySelector: driver.readySelector,
      bridge: true,
    });
  try {
    let session = await open();
    await driver.prepare(session.page);
    await session.close();
    clearCaches(profile);
    session = await open();
    await session.page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      Object.assign(globalThis, { __longTasks: tasks });
    });
    await session.page.goto(driver.url, { waitUntil: 'commit' });
    await driver.open(session.page);
    const { marks, resources, tasks, paints } = await session.page.evaluate(async () => {
      const marks: LoadMarks = await (globalThis as BenchWindow).__bench.load;
      const resources = performance
        .getEntriesByType('resource')
        .map((r) => r as PerformanceResourceTiming)
        .map((r) => ({
          name: r.name.replace(location.origin, ''),
          start: r.startTime,
          end: r.responseEnd,
          kb: r.encodedBodySize / 1024,
        }));
      const paints = performance
        .getEntriesByType('paint')
        .map((p) => ({ name: p.name, at: p.startTime }));
      const tasks = (
        globalThis as unknown as { __longTasks: { start: number; duration: number }[] }
      ).__longTasks;
      return { marks, resources, tasks, paints };
    });
    const lines: Line[] = [
      ...resources.map((r) => ({
        at: r.start,
        text: `load ${r.name} (${r.kb.toFixed(1)} KB) until ${r.end.toFixed(0)}`,
      })),
      ...tasks.map((t) => ({ at: t.start, text: `long task ${t.duration.toFixed(0)} ms` })),
      ...paints.map((p) => ({ at: p.at, text: p.name })),
      ...(marks.clickedAt === null ? [] : [{ at: marks.clickedAt, text: 'click Open' }]),
      { at: marks.appeared, text: 'first chapter input appeared' },
      { at: marks.painted, text: 'painted' },
      { at: marks.interactive, text: 'interactive' },
    ].sort((a, b) => a.at - b.at);
    for (const line of lines)
      process.stdout.write(`${line.at.toFixed(0).padStart(6)}  ${line.text}\n`);
    await session.close();
  } finally {
    await served.close();
    removeProfile(profile);
  }
}

await main();
