import react from '@vitejs/plugin-react';
import { questionnaireHeaders } from './vite.shared.ts';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [questionnaireHeaders(), react()],
  resolve: {
    // Code that imports `electron` throws without its binary: main-process tests get a fake.
    alias: { electron: resolve(import.meta.dirname, 'tests/fakes/electron.ts') },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
