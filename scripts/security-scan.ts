// Runs Electronegativity over main/ and fails on any finding above LOW that has not been
// reviewed below. Electronegativity itself exits 0 even on HIGH findings, so its CSV is read here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const target = process.argv[2] ?? 'main';
const out = path.resolve(process.argv[3] ?? 'reports/electronegativity.csv');
const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version;

// Reviewed findings: check id, file, and why it is safe. Anything else above LOW fails the run.
const reviewed: ReadonlyArray<{ id: string; file: string; why: string }> = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/ipc/external.ts',
    why: 'only http(s)/mailto URLs (isExternalLink) and only after the user confirms a dialog',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/handlers.ts',
    why: 'the shell binding handed to openExternalWithConsent, which checks scheme and consent',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    why: 'the preload exposes named functions of the typed contract only, never ipcRenderer',
  },
];

mkdirSync(path.dirname(out), { recursive: true });
execFileSync(
  'npx',
  [
    'electronegativity',
    '-i',
    target,
    '-o',
    out,
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

// One finding per line that starts with a check id and its severity; the sample field may hold
// unescaped quotes and line breaks (CSP samples do), so only the leading fields are read.
const FINDING = /^([A-Z_]+_CHECK),"?([A-Z]+)"?,"?[A-Z]+"?,"?([^,"]*)"?,/;
const rows = readFileSync(out, 'utf8')
  .split('\n')
  .map((line) => FINDING.exec(line))
  .filter((m) => m !== null)
  .map(([, id = '', severity = '', file = '']) => ({
    id,
    severity,
    file: file === 'N/A' ? file : path.relative(process.cwd(), file),
  }));

const blocking = rows.filter(
  (r) =>
    !['LOW', 'INFORMATIONAL'].includes(r.severity) &&
    !reviewed.some((x) => x.id === r.id && x.file === r.file),
);
console.log(
  `Electronegativity: ${rows.length} findings, ${blocking.length} above LOW and not reviewed`,
);
for (const r of rows)
  console.log(`  ${r.severity} ${r.id} ${r.file}${blocking.includes(r) ? '  <- not allowed' : ''}`);
process.exit(blocking.length === 0 ? 0 : 1);
