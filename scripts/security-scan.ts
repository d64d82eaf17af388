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

// RFC 4180 records: quoted fields may hold commas, quotes and line breaks (CSP samples do).
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      records.push(record);
      record = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field.trim()]);
  return records;
}

const rows = parseCsv(readFileSync(out, 'utf8'))
  .slice(1)
  .filter((cells) => cells.length > 3)
  .map((cells) => ({
    id: cells[0] ?? '',
    severity: cells[1] ?? '',
    file: path.relative(process.cwd(), cells[3] ?? ''),
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
