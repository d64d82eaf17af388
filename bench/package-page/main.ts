// The response package bench in Chromium: the renderer's own package code, run in the page.
import type { Definition } from '../../renderer/engine';
import { benchPackage } from '../package-bench';

Object.assign(globalThis, {
  __packageBench: (definition: Definition, runs: number) => benchPackage(definition, runs),
});
document.title = 'ready';
