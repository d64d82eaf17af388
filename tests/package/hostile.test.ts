import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../renderer/package/build-package';
import { readPackage } from '../../renderer/package/read-package';
import { verifyPackage } from '../../renderer/package/verify-package';
import { fullInput } from './fixtures';
import { rawZip } from './raw-zip';

let good: Record<string, Uint8Array>;
beforeAll(async () => {
  good = unzipSync(await buildPackage(await fullInput()));
});

const code = async (bytes: Uint8Array, limits = {}): Promise<string | undefined> =>
  readPackage(bytes, { limits }).then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );

// The good package's manifest with one extra listed member.
function withExtra(path: string, data: Uint8Array): Uint8Array {
  const manifest = JSON.parse(strFromU8(good['manifest.json']!));
  manifest.content.files.push({ path, size: data.length, sha256: '0'.repeat(64) });
  return rawZip([
    { name: 'manifest.json', data: strToU8(JSON.stringify(manifest)) },
    ...Object.entries(good)
      .filter(([n]) => n !== 'manifest.json')
      .map(([name, d]) => ({ name, data: d })),
    { name: path, data },
  ]);
}

describe('hostile archives are refused with a code', () => {
  it.each([
    ['../evil.txt', 'relative segment'],
    ['attachments/../../evil.txt', 'relative segment'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil.dll', 'drive letter'],
    ['attachments\\..\\evil.txt', 'backslash'],
    ['evil\u0000.txt', 'NUL'],
  ])('path %j (%s)', async (path) => {
    expect(await code(withExtra(path, strToU8('x')))).toBe('unsafe-path');
  });

  it('duplicate names, also differing only in case', async () => {
    const manifest = { name: 'manifest.json', data: good['manifest.json']! };
    expect(await code(rawZip([manifest, manifest]))).toBe('duplicate-entry');
    expect(await code(rawZip([manifest, { name: 'MANIFEST.json', data: strToU8('{}') }]))).toBe(
      'duplicate-entry',
    );
  });

  it('an archive bomb, stopped while inflating even when its sizes lie', async () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bomb = rawZip([
      { name: 'manifest.json', data: good['manifest.json']! },
      { name: 'responses.json', data: zeros, deflate: true, declaredSize: 100 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const lying = rawZip([
      { name: 'manifest.json', data: good['manifest.json']! },
      { name: 'responses.json', data: zeros, deflate: true, declaredSize: 10 },
    ]);
    expect(await code(bomb)).toBe('compression-ratio');
    expect(await code(lying)).toBe('file-corrupt'); // refused within the first inflated chunk, not after 50 MB
    expect(await code(bomb, { maxEntryBytes: 1024 * 1024 })).toBe('entry-too-large');
    expect(await code(bomb, { maxRatio: 100_000, maxTotalBytes: 2 * 1024 * 1024 })).toBe(
      'archive-too-large',
    );
  });

  it('too many entries', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      name: `f${i}.txt`,
      data: strToU8('x'),
    }));
    expect(await code(rawZip(entries), { maxEntries: 20 })).toBe('too-many-entries');
  });

  it('unknown files listed in the manifest', async () => {
    const codes = (await verifyPackage(withExtra('run-me.exe', strToU8('MZ')))).problems.map(
      (p) => p.code,
    );
    expect(codes).toContain('unknown-file');
  });

  it('something that is not a ZIP at all', async () => {
    expect(await code(strToU8('this is not an archive, just text'))).toBe('archive-invalid');
    expect(await code(zipSync({ 'readme.txt': strToU8('hi') }))).toBe('manifest-invalid');
  });
});

describe('hostile JSON is refused', () => {
  const withManifestText = (text: string): Uint8Array =>
    zipSync({ ...good, 'manifest.json': strToU8(text) });

  it('deep nesting', async () => {
    expect(await code(withManifestText(`${'['.repeat(5000)}${']'.repeat(5000)}`))).toBe(
      'json-too-deep',
    );
  });

  it('__proto__ and constructor keys', async () => {
    const manifest = strFromU8(good['manifest.json']!);
    expect(
      await code(withManifestText(manifest.replace('{', '{"__proto__": {"polluted": true},'))),
    ).toBe('json-forbidden-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const responses = strFromU8(good['responses.json']!).replace(
      '"answers": {',
      '"answers": {"constructor": {},',
    );
    const manifestJson = JSON.parse(manifest);
    const entry = manifestJson.content.files.find(
      (f: { path: string }) => f.path === 'responses.json',
    );
    entry.size = strToU8(responses).length;
    const { createHash } = await import('node:crypto');
    entry.sha256 = createHash('sha256').update(responses).digest('hex');
    const bytes = zipSync({
      ...good,
      'manifest.json': strToU8(JSON.stringify(manifestJson)),
      'responses.json': strToU8(responses),
    });
    expect(await code(bytes)).toBe('json-forbidden-key');
  });

  it('malformed JSON and a manifest of the wrong shape', async () => {
    expect(await code(withManifestText('{"format": "omnibus-response-package",'))).toBe(
      'json-invalid',
    );
    const manifest = JSON.parse(strFromU8(good['manifest.json']!));
    expect(await code(withManifestText(JSON.stringify({ ...manifest, languages: ['xx'] })))).toBe(
      'manifest-invalid',
    );
  });

  it('a newer format version', async () => {
    const manifest = JSON.parse(strFromU8(good['manifest.json']!));
    const bytes = withManifestText(JSON.stringify({ ...manifest, formatVersion: 2 }));
    await expect(readPackage(bytes)).rejects.toMatchObject({
      code: 'format-too-new',
      message: expect.stringMatching(/update Omnibus/),
    });
  });

  it('a package for another questionnaire', async () => {
    const bytes = zipSync(good);
    await expect(
      readPackage(bytes, { expectQuestionnaireId: 'untoc-omnibus' }),
    ).rejects.toMatchObject({
      code: 'wrong-questionnaire',
      message: expect.stringContaining('"test-q"'),
    });
  });
});
