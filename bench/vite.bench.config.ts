import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { rendererConfig } from '../vite.shared.ts';

const CATALOGUE = 'renderer/definitions/catalogue.ts';
const SHIPPED = "'../../questionnaires/*.json',";

// The bench build of the renderer: the production build, except that the catalogue's glob also
// sees the generated questionnaires in bench/generated/. Production code is left as it is.
function benchCatalogue(): Plugin {
  return {
    name: 'omnibus-bench-catalogue',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith(CATALOGUE)) return null;
      if (!code.includes(SHIPPED)) {
        throw new Error(
          `${CATALOGUE} no longer globs ${SHIPPED} — update bench/vite.bench.config.ts`,
        );
      }
      return code.replaceAll(SHIPPED, `${SHIPPED} '../../bench/generated/*.json',`);
    },
  };
}

const base = rendererConfig('out/bench-web');
// BENCH_UNMINIFIED=1: readable function names for CPU profiles (bench/explain.ts).
const unminified = process.env['BENCH_UNMINIFIED'] === '1';

export default defineConfig({
  ...base,
  logLevel: 'warn',
  plugins: [benchCatalogue(), ...(base.plugins ?? [])],
  build: {
    ...base.build,
    outDir: resolve(
      import.meta.dirname,
      unminified ? '../out/bench-web-unminified' : '../out/bench-web',
    ),
    ...(unminified ? { minify: false } : {}),
  },
});
