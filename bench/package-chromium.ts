// Runs the package bench (package-bench.ts) in Debian's Chromium, where the app exports.
import { chromium } from 'playwright-core';
import type { Definition } from '../renderer/engine';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/harness';
import type { PackageRun } from './package-bench';

type PackageWindow = { __packageBench(definition: Definition, runs: number): Promise<PackageRun> };

export async function benchPackageInChromium(
  origin: string,
  definition: Definition,
  runs: number,
): Promise<PackageRun> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    return await page.evaluate(
      ({ definition, runs }) =>
        (globalThis as unknown as PackageWindow).__packageBench(definition, runs),
      { definition, runs },
    );
  } finally {
    await browser.close();
  }
}
