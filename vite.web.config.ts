import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.ts';

const port = Number(process.env['PORT'] ?? 5173);

// `npm run web`: the same renderer, with the browser host, for any browser on this machine.
export default defineConfig({
  ...rendererConfig('out/web'),
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { ...rendererConfig('out/web').server, host: '127.0.0.1', port, strictPort: true },
});
