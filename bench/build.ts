// The three builds the bench needs; none touches out/web, which the e2e tests use.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT = {
  // The renderer with the generated questionnaires in its catalogue.
  omnibus: path.join(ROOT, 'out/bench-web'),
  // The shipped renderer, as `npm run web:build` makes it: for its size.
  shipped: path.join(ROOT, 'out/bench-shipped'),
  surveyjs: path.join(ROOT, 'out/bench-surveyjs'),
  // The response package code alone, for the export/import bench.
  package: path.join(ROOT, 'out/bench-package'),
} as const;

function vite(config: string, extra: string[] = []): void {
  execFileSync('npx', ['vite', 'build', '-c', config, '--logLevel', 'warn', ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export function buildAll(): void {
  vite('bench/vite.bench.config.ts');
  vite('vite.web.config.ts', ['--outDir', OUT.shipped, '--emptyOutDir']);
  vite('bench/surveyjs/vite.config.ts');
  vite('bench/package-page/vite.config.ts');
}
