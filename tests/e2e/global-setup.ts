import { execFileSync } from 'node:child_process';

// Builds the renderer once for the whole end-to-end run.
export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
