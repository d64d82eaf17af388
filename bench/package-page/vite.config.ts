import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The package bench page: the renderer's package code, built like the renderer (target, base).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-package'),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
