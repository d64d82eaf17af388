// `npm start`: open Omnibus in Electron, or say in one line why it cannot and what to run instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function fetchElectron() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const result = spawn(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore' });
    return new Promise((resolve) => result.on('exit', (code) => resolve(code === 0)));
  } catch {
    return Promise.resolve(false);
  }
}

if (!electronBinary() && !(await fetchElectron()) && !electronBinary()) {
  console.error(
    'Omnibus cannot start: the Electron runtime is not installed and could not be downloaded here; run `npm run web` to use Omnibus in your browser instead.',
  );
  process.exit(1);
}

const child = spawn('npx', ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code) => process.exit(code ?? 0));
