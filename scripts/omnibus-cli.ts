// The secretariat's command line: `npm run omnibus -- <command>` or `omnibus <command>`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { formatDefinitionError, parseDefinitionText } from '../renderer/engine';
import {
  PackageError,
  aggregate,
  latestPerState,
  buildPackage,
  decryptPackage,
  generateKeyPairPem,
  readPackage,
  verifyPackage,
  type EncryptionChoice,
  type OpenedPackage,
} from '../renderer/package/index';
import { answersFileSchema } from '../renderer/package/answers-file';
import { packageJsonSchemas } from '../renderer/package/json-schemas';
import { describeZodError } from '../renderer/package/schemas';

class UsageError extends Error {}

const USAGE = `usage: omnibus <command>
  keygen [--out-dir <dir>] [--bits 3072]      write omnibus-private.pem (PKCS#8) and omnibus-public.pem (SPKI)
  pack --definition <file> --answers <file> --out <file> [--encrypt-to <public.pem> | --no-encrypt]
  verify <package> [--key <private.pem>]      is it complete and untampered?
  decrypt <package> --key <private.pem> --out <file>
  inspect <package>                           the readable manifest
  aggregate <packages...> --out <dir> [--key <private.pem>]
  validate <definition.json>                  check a questionnaire definition
  schemas --out <dir>                         write the package JSON Schemas`;

function args(argv: string[], options: NonNullable<ParseArgsConfig['options']> = {}) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function need(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing ${flag}`);
  return value;
}

function readBytes(path: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return new Uint8Array(readFileSync(path));
}

const readText = (path: string): string => new TextDecoder().decode(readBytes(path));

function writeNew(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, data);
}

function loadDefinition(path: string) {
  const definitionText = readText(path);
  const parsed = parseDefinitionText(definitionText);
  if (!parsed.ok) {
    const more =
      parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1} more; run validate)` : '';
    throw new UsageError(
      `${path} is not a valid definition: ${formatDefinitionError(parsed.errors[0]!)}${more}`,
    );
  }
  return { definitionText, definition: parsed.definition };
}

async function pack(argv: string[]): Promise<void> {
  const { values } = args(argv, {
    definition: { type: 'string' },
    answers: { type: 'string' },
    out: { type: 'string' },
    'encrypt-to': { type: 'string' },
    'no-encrypt': { type: 'boolean' },
  });
  const definitionPair = loadDefinition(need(values.definition, '--definition'));
  const answersPath = need(values.answers, '--answers');
  const parsed = answersFileSchema.safeParse(JSON.parse(readText(answersPath)));
  if (!parsed.success) throw new UsageError(`${answersPath}: ${describeZodError(parsed.error)}`);
  const file = parsed.data;
  const encryption: EncryptionChoice = values['no-encrypt']
    ? { kind: 'none' }
    : typeof values['encrypt-to'] === 'string'
      ? { kind: 'public-key', publicKeyPem: readText(values['encrypt-to']) }
      : { kind: 'definition' };
  const bytes = await buildPackage({
    ...definitionPair,
    assessment: file.assessment,
    focalPoint: file.focalPoint,
    appVersion: file.appVersion,
    ...(file.exportedAt !== undefined ? { exportedAt: file.exportedAt } : {}),
    answers: file.answers.map((a) => ({ ...a, value: a.value as never })),
    attachments: file.attachments.map((a) => ({
      ...a,
      bytes: readBytes(resolve(dirname(answersPath), a.file)),
    })),
    encryption,
  });
  const out = need(values.out, '--out');
  writeNew(out, bytes);
  console.log(`wrote ${out} (${bytes.length} bytes, ${file.answers.length} answers)`);
}

async function verify(argv: string[]): Promise<void> {
  const { values, positionals } = args(argv, { key: { type: 'string' } });
  const path = need(positionals[0], '<package>');
  const report = await verifyPackage(
    readBytes(path),
    typeof values.key === 'string' ? { privateKey: readText(values.key) } : {},
  );
  if (!report.ok) {
    for (const problem of report.problems.slice(1))
      console.error(`  ${problem.code}: ${problem.message}`);
    const first = report.problems[0]!;
    throw new PackageError(
      first.code,
      `${path}: ${first.message}${report.problems.length > 1 ? ` (+${report.problems.length - 1} more)` : ''}`,
    );
  }
  const how =
    report.encrypted && !report.contentsChecked
      ? ' (encrypted: contents not checked without --key)'
      : '';
  console.log(`OK ${path}: complete and untampered${how}`);
}

async function decrypt(argv: string[]): Promise<void> {
  const { values, positionals } = args(argv, { key: { type: 'string' }, out: { type: 'string' } });
  const plain = await decryptPackage(
    readBytes(need(positionals[0], '<package>')),
    readText(need(values.key, '--key')),
  );
  const out = need(values.out, '--out');
  writeNew(out, plain);
  console.log(`wrote ${out} (${plain.length} bytes, unencrypted)`);
}

async function inspect(argv: string[]): Promise<void> {
  const { positionals } = args(argv);
  const report = await verifyPackage(readBytes(need(positionals[0], '<package>')));
  if (!report.manifest)
    throw new PackageError(report.problems[0]!.code, report.problems[0]!.message);
  console.log(JSON.stringify(report.manifest, null, 2));
  if (!report.ok) throw new PackageError(report.problems[0]!.code, report.problems[0]!.message);
}

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY && done < total) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

async function aggregateCommand(argv: string[]): Promise<void> {
  const { values, positionals } = args(argv, { out: { type: 'string' }, key: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('no packages given');
  const outDir = need(values.out, '--out');
  const privateKey = typeof values.key === 'string' ? readText(values.key) : undefined;
  const packages: OpenedPackage[] = [];
  const paths = new Map<OpenedPackage, string>();
  for (const [i, path] of positionals.entries()) {
    try {
      const pkg = await readPackage(
        readBytes(path),
        privateKey ? { privateKey, expectKind: 'response' } : { expectKind: 'response' },
      );
      packages.push(pkg);
      paths.set(pkg, path);
    } catch (error) {
      if (error instanceof PackageError)
        throw new PackageError(error.code, `${path}: ${error.message}`);
      throw error;
    }
    progressBar(i + 1, positionals.length);
  }
  const { kept, superseded } = latestPerState(packages);
  for (const old of superseded) {
    const { state } = old.manifest.assessment;
    console.error(`omnibus: left out ${paths.get(old)}: a later package for ${state} is included`);
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, csv] of Object.entries(aggregate(kept))) writeFileSync(join(outDir, name), csv);
  console.log(`aggregated ${kept.length} package${kept.length === 1 ? '' : 's'} into ${outDir}`);
}

function validate(argv: string[]): void {
  const { positionals } = args(argv);
  const path = need(positionals[0], '<definition.json>');
  const engineScript = resolve(import.meta.dirname, 'validate.ts');
  if (existsSync(engineScript)) {
    // The engine engineer's validator knows every cross-field rule: delegate to it.
    const run = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), engineScript, path],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) throw new UsageError(`${path} is not a valid definition`);
    return;
  }
  const { definition } = loadDefinition(path);
  console.log(`OK ${path}: ${definition.id} ${definition.version} (shape only)`);
}

async function schemas(argv: string[]): Promise<void> {
  const { values } = args(argv, { out: { type: 'string' } });
  const dir = need(values.out, '--out');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(packageJsonSchemas())) {
    const path = join(dir, name);
    writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  }
  console.log(`wrote JSON Schemas to ${dir}`);
}

async function keygen(argv: string[]): Promise<void> {
  const { values } = args(argv, { 'out-dir': { type: 'string' }, bits: { type: 'string' } });
  const dir = typeof values['out-dir'] === 'string' ? values['out-dir'] : '.';
  const privatePath = join(dir, 'omnibus-private.pem');
  const publicPath = join(dir, 'omnibus-public.pem');
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new UsageError(`${path} exists; refusing to overwrite a key`);
  }
  const bits = typeof values.bits === 'string' ? Number(values.bits) : 3072;
  if (!Number.isInteger(bits)) throw new UsageError('--bits must be a whole number');
  const pair = await generateKeyPairPem(bits);
  mkdirSync(dir, { recursive: true });
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicKeyPem);
  console.log(
    `wrote ${privatePath} (keep secret) and ${publicPath} (put in the definition's publicKey)`,
  );
}

const COMMANDS: Record<string, (argv: string[]) => Promise<void> | void> = {
  keygen,
  pack,
  verify,
  decrypt,
  inspect,
  aggregate: aggregateCommand,
  validate,
  schemas,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  try {
    if (!command)
      throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
    await command(rest);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`omnibus: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof PackageError) {
      console.error(`omnibus: ${error.code}: ${error.message}`);
      return 1;
    }
    console.error(`omnibus: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
