import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The SurveyJS comparison page: built like the renderer (same plugin, target, base).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  // bench/generate.ts writes the converted questionnaires here, served as data/<name>.json.
  publicDir: resolve(import.meta.dirname, '../generated/surveyjs'),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-surveyjs'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 8192,
  },
});
