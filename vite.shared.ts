import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// `questionnaire.json?header`: only the id, version and title of a questionnaire, so the home
// screen lists every shipped questionnaire without loading or parsing any of them. A file whose
// header cannot be read yields null: the catalogue then loads and checks it in full.
export function questionnaireHeaders(): Plugin {
  return {
    name: 'omnibus-questionnaire-headers',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'header' || !file?.endsWith('.json')) return null;
      try {
        const whole = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const { id: questionnaireId, version, title } = whole;
        return `export default ${JSON.stringify({ id: questionnaireId, version, title })};`;
      } catch {
        return 'export default null;';
      }
    },
  };
}

// The renderer build, shared by Electron (electron-vite) and the plain-browser build (`npm run web`).
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [questionnaireHeaders(), react()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    server: { fs: { allow: [import.meta.dirname] } },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 4096,
    },
  };
}
