import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/omnibus-cli';
import { TEXTS, fullInput, testDefinition } from '../package/fixtures';

let dir: string;
let output: string[];
let errors: string[];

// Runs a command in-process, collecting what it prints.
async function run(...argv: string[]): Promise<number> {
  output = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  return main(argv);
}

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omnibus-cli-'));
  expect(await run('keygen', '--out-dir', dir)).toBe(0);
  const { definitionText } = testDefinition();
  writeFileSync(join(dir, 'definition.json'), definitionText);
  const input = await fullInput();
  for (const a of input.attachments) writeFileSync(join(dir, `${a.id}.bin`), a.bytes);
  const answersFile = (state: string) => ({
    assessment: { ...input.assessment, id: `assessment-${state}`, state },
    focalPoint: input.focalPoint,
    exportedAt: input.exportedAt,
    answers: input.answers,
    attachments: input.attachments.map((a) => ({
      id: a.id,
      questionId: a.questionId,
      name: a.name,
      type: a.type,
      file: `${a.id}.bin`,
    })),
  });
  writeFileSync(join(dir, 'answers-fr.json'), JSON.stringify(answersFile('FR')));
  writeFileSync(join(dir, 'answers-eg.json'), JSON.stringify(answersFile('EG')));
});

const at = (name: string) => join(dir, name);

describe('omnibus command line', () => {
  it('keygen writes a PKCS#8 private and an SPKI public key, and never overwrites them', async () => {
    expect(readFileSync(at('omnibus-private.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(at('omnibus-public.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(await run('keygen', '--out-dir', dir)).toBe(2);
    expect(errors[0]).toMatch(/refusing to overwrite/);
  });

  it('packs encrypted, verifies, decrypts, inspects and aggregates', async () => {
    for (const state of ['fr', 'eg']) {
      const code = await run(
        'pack',
        '--definition',
        at('definition.json'),
        '--answers',
        at(`answers-${state}.json`),
        '--out',
        at(`${state}.omnibus`),
        '--encrypt-to',
        at('omnibus-public.pem'),
      );
      expect(code, errors.join('\n')).toBe(0);
    }
    expect(await run('verify', at('fr.omnibus'), '--key', at('omnibus-private.pem'))).toBe(0);
    expect(output[0]).toMatch(/^OK .*complete and untampered$/);
    expect(await run('inspect', at('fr.omnibus'))).toBe(0);
    expect(JSON.parse(output.join('\n'))).toMatchObject({
      assessment: { state: 'FR' },
      content: { kind: 'encrypted' },
    });
    expect(
      await run(
        'decrypt',
        at('fr.omnibus'),
        '--key',
        at('omnibus-private.pem'),
        '--out',
        at('fr-plain.omnibus'),
      ),
    ).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(at('fr-plain.omnibus')))['responses.json']!)).toContain(
      TEXTS.ru,
    );
    const code = await run(
      'aggregate',
      at('fr.omnibus'),
      at('eg.omnibus'),
      '--key',
      at('omnibus-private.pem'),
      '--out',
      at('tables'),
    );
    expect(code, errors.join('\n')).toBe(0);
    const compliance = readFileSync(at('tables/compliance.csv'), 'utf8');
    expect(compliance).toContain('FR,assessment-FR,test-q,1.0.0,untoc,art-5,q-compliance,partial');
    expect(compliance).toContain('EG,assessment-EG,test-q,1.0.0,untoc,art-5,q-compliance,partial');
    expect(readFileSync(at('tables/technical-assistance.csv'), 'utf8')).toContain(
      ',art-5,q-ta,training,,high,',
    );
    expect(existsSync(at('tables/answers.csv'))).toBe(true);
    // A later package from the same State replaces the earlier one, and the CLI says so.
    const later = JSON.parse(readFileSync(at('answers-fr.json'), 'utf8'));
    later.exportedAt = '2026-02-01T00:00:00Z';
    writeFileSync(at('answers-fr-later.json'), JSON.stringify(later));
    expect(
      await run(
        'pack',
        '--definition',
        at('definition.json'),
        '--answers',
        at('answers-fr-later.json'),
        '--out',
        at('fr2.omnibus'),
      ),
    ).toBe(0);
    expect(
      await run(
        'aggregate',
        at('fr.omnibus'),
        at('fr2.omnibus'),
        '--key',
        at('omnibus-private.pem'),
        '--out',
        at('tables2'),
      ),
    ).toBe(0);
    expect(errors.filter((e) => e.startsWith('omnibus:'))).toEqual([
      `omnibus: left out ${at('fr.omnibus')}: a later package for FR is included`,
    ]);
    expect(output).toContain(`aggregated 1 package into ${at('tables2')}`);
  });

  it('fails with a one-line reason and a non-zero exit', async () => {
    const files = unzipSync(readFileSync(at('fr.omnibus')));
    files['manifest.json'] = strToU8(strFromU8(files['manifest.json']!).replace('"FR"', '"DE"'));
    writeFileSync(at('tampered.omnibus'), zipSync(files));
    expect(await run('verify', at('tampered.omnibus'), '--key', at('omnibus-private.pem'))).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(/^omnibus: decrypt-failed: .*altered or damaged/),
    ]);
    expect(await run('decrypt', at('fr.omnibus'), '--out', at('x'))).toBe(2);
    expect(errors[0]).toMatch(/missing --key/);
    writeFileSync(at('junk.omnibus'), 'not a package');
    expect(await run('inspect', at('junk.omnibus'))).toBe(1);
    expect(errors[0]).toMatch(/^omnibus: archive-invalid: /);
    expect(await run('aggregate', at('fr.omnibus'), '--out', at('t2'))).toBe(1);
    expect(errors[0]).toMatch(/key-required/);
    expect(await run('pack', '--definition', at('nope.json'))).toBe(2);
    expect(await run('frobnicate')).toBe(2);
  });

  it('validate checks a definition', async () => {
    expect(await run('validate', at('definition.json'))).toBe(0);
    writeFileSync(at('bad-definition.json'), JSON.stringify({ formatVersion: 1, id: 'Bad Id' }));
    expect(await run('validate', at('bad-definition.json'))).not.toBe(0);
  });

  it('runs through the bin launcher', () => {
    const result = spawnSync(process.execPath, ['bin/omnibus.mjs', 'verify', at('eg.omnibus')], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/encrypted: contents not checked without --key/);
  });
});
