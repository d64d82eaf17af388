// `npm run bench`: Omnibus side by side with SurveyJS on generated questionnaires of 100, 1,000
// and 5,000 questions, in Debian's Chromium. Prints a table and PASS/FAIL per target, and
// writes bench/results.json. BENCH_QUICK=1 runs fewer repetitions (for trying the bench out).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../tests/e2e/harness';
import { buildAll, OUT } from './build';
import { serve } from './browser';
import { omnibusDriver, surveyjsDriver } from './drivers';
import { generateAll } from './generate';
import { measureApp, measureLanguageOnly, type RunOptions } from './measure-app';
import { bundleSize } from './memory';
import type { PackageRun } from './package-bench';
import { benchPackageInChromium } from './package-chromium';
import { markdown } from './markdown';
import { table, targetLines, writeResults, type Results } from './report';
import { logLogSlope, median, round } from './stats';
import { summarize, type AppSummary } from './summary';
import { checkTargets, type SizeResult } from './targets';

const quick = process.env['BENCH_QUICK'] === '1';
const missing: string[] = [];
const raw: Record<string, unknown> = {};

function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    missing.push(`${what}: ${reason}`);
    log(`FAILED ${what}: ${reason}`);
    return null;
  }
}

// Omnibus types 200 edits at every size: the keystroke target is judged on each. SurveyJS takes
// seconds per keystroke at 5,000 questions, so it types fewer: its median is still clear.
function options(questions: number, app: 'omnibus' | 'surveyjs'): RunOptions {
  const edits = app === 'omnibus' ? 200 : questions >= 5000 ? 10 : 30;
  return quick
    ? { loads: 1, hops: 2, languageSwitches: 2, edits: Math.min(edits, 10) }
    : { loads: 3, hops: 6, languageSwitches: 6, edits };
}

function slope(
  sizes: readonly SizeResult[],
  pick: (s: AppSummary) => number | null,
  app: 'omnibus' | 'surveyjs',
): number {
  const points = sizes.map((s) => ({ x: s.questions, y: pick(s[app]) ?? Number.NaN }));
  return round(logLogSlope(points.filter((p) => Number.isFinite(p.y))), 2);
}

async function main(): Promise<void> {
  const started = Date.now();
  log('generating questionnaires');
  const questionnaires = generateAll();
  log('building the bench renderer, the shipped renderer and the SurveyJS page');
  buildAll();
  const omnibusServer = await serve(OUT.omnibus);
  const surveyServer = await serve(OUT.surveyjs);
  const packageServer = await serve(OUT.package);
  const sizes: SizeResult[] = [];
  try {
    for (const q of questionnaires.filter((x) => x.name !== 'bench-chapter-300')) {
      log(`${q.questions} questions: Omnibus`);
      const o = await attempt(`Omnibus at ${q.questions}`, () =>
        measureApp(omnibusDriver(omnibusServer.origin, q), options(q.questions, 'omnibus')),
      );
      log(`${q.questions} questions: SurveyJS`);
      const s = await attempt(`SurveyJS at ${q.questions}`, () =>
        measureApp(surveyjsDriver(surveyServer.origin, q), options(q.questions, 'surveyjs')),
      );
      raw[q.name] = { omnibus: o, surveyjs: s };
      if (o && s)
        sizes.push({ questions: q.questions, omnibus: summarize(o), surveyjs: summarize(s) });
    }
    const chapter = questionnaires.find((x) => x.name === 'bench-chapter-300');
    const switches = quick ? 2 : 10;
    const languageOn = async (driver: ReturnType<typeof omnibusDriver>) => {
      const run = await measureLanguageOnly(driver, switches);
      return { ms: median(run.times), placeKept: run.placeKept, switches };
    };
    log('language switch on the 300-question chapter');
    const omnibusLanguage = chapter
      ? await attempt('Omnibus language switch', () =>
          languageOn(omnibusDriver(omnibusServer.origin, chapter)),
        )
      : null;
    const surveyLanguage = chapter
      ? await attempt('SurveyJS language switch', () =>
          languageOn(surveyjsDriver(surveyServer.origin, chapter)),
        )
      : null;
    log('response package export and import (Chromium)');
    const thousand = questionnaires.find((x) => x.questions === 1000);
    const pkg: PackageRun | null = thousand
      ? await attempt('package', () =>
          benchPackageInChromium(packageServer.origin, thousand.definition, quick ? 1 : 3),
        )
      : null;
    const bundle = bundleSize(OUT.shipped, ['untoc-omnibus', 'sample']);
    const slopes = {
      omnibusCold: slope(sizes, (s) => s.coldMs, 'omnibus'),
      omnibusWarm: slope(sizes, (s) => s.warmMs, 'omnibus'),
      omnibusHeap: slope(sizes, (s) => s.heapMB, 'omnibus'),
      omnibusChapterSwitch: slope(sizes, (s) => s.chapterSwitchMs, 'omnibus'),
      omnibusKeystrokePaint: slope(sizes, (s) => s.keystrokePaintP50, 'omnibus'),
      surveyjsCold: slope(sizes, (s) => s.coldMs, 'surveyjs'),
      surveyjsWarm: slope(sizes, (s) => s.warmMs, 'surveyjs'),
      surveyjsHeap: slope(sizes, (s) => s.heapMB, 'surveyjs'),
    };
    const targets = checkTargets(sizes, omnibusLanguage, pkg, slopes.omnibusCold);
    const chromium = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        node: process.version,
        chromium,
        platform: `${process.platform} ${process.arch}`,
      },
      sizes,
      languageChapter300: {
        omnibusMs: omnibusLanguage === null ? null : round(omnibusLanguage.ms),
        surveyjsMs: surveyLanguage === null ? null : round(surveyLanguage.ms),
        omnibusPlaceKept:
          omnibusLanguage === null
            ? null
            : `${omnibusLanguage.placeKept}/${omnibusLanguage.switches}`,
      },
      package: pkg,
      bundle,
      slopes,
      targets,
      missing,
      raw,
    };
    const file = writeResults(results);
    writeFileSync(path.resolve(import.meta.dirname, 'generated/results.md'), markdown(results));
    process.stdout.write(
      `\nO = Omnibus, S = SurveyJS; medians unless marked p95\n${table(sizes)}\n\n`,
    );
    process.stdout.write(
      `language switch while typing, 300-question chapter: Omnibus ${omnibusLanguage === null ? '—' : `${round(omnibusLanguage.ms)} ms (place kept ${omnibusLanguage.placeKept}/${omnibusLanguage.switches})`}, SurveyJS ${surveyLanguage === null ? '—' : `${round(surveyLanguage.ms)} ms`}\n`,
    );
    if (pkg)
      process.stdout.write(
        `package (${pkg.answers} answers, ${round(pkg.attachmentMB)} MB attachments → ${round(pkg.packageMB)} MB): export ${round(pkg.exportMs)} ms, import+verify ${round(pkg.importMs)} ms; encrypted: export ${round(pkg.exportEncryptedMs)} ms, import ${round(pkg.importEncryptedMs)} ms\n`,
      );
    process.stdout.write(
      `renderer JavaScript gzipped: entry ${round(bundle.entryKB)} KB, all chunks ${round(bundle.totalKB)} KB (of which shipped questionnaires ${round(bundle.questionnaireDataKB)} KB)\n`,
    );
    process.stdout.write(
      `growth slopes (log-log, 1 = linear): ${Object.entries(slopes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}\n\n`,
    );
    process.stdout.write(`${targetLines(targets)}\n`);
    if (missing.length > 0)
      process.stdout.write(`\nNot measured:\n${missing.map((m) => `- ${m}`).join('\n')}\n`);
    log(`done in ${Math.round((Date.now() - started) / 1000)} s; figures in ${file}`);
  } finally {
    await omnibusServer.close();
    await surveyServer.close();
    await packageServer.close();
  }
}

await main();
