import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../renderer/engine/definition';
import { aggregate } from '../../renderer/package/aggregate';
import { buildPackage } from '../../renderer/package/build-package';
import { generateKeyPairPem, type KeyPairPem } from '../../renderer/package/keys';
import { decryptPackage, readPackage } from '../../renderer/package/read-package';
import { verifyPackage } from '../../renderer/package/verify-package';
import { FIXED_TIME, TEXTS, fullInput, testDefinition } from './fixtures';

let keys: KeyPairPem;
beforeAll(async () => {
  keys = await generateKeyPairPem(3072);
});

describe('export → verify → read', () => {
  it('keeps every question type, author, agency, language and attachment', async () => {
    const input = await fullInput();
    const bytes = await buildPackage(input);
    const report = await verifyPackage(bytes);
    expect(report).toMatchObject({
      ok: true,
      encrypted: false,
      contentsChecked: true,
      problems: [],
    });
    const pkg = await readPackage(bytes);
    const types = new Set(Object.values(pkg.responses.answers).map((a) => a.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    for (const answer of input.answers) {
      const entry = pkg.responses.answers[answer.questionId];
      expect(entry?.value).toEqual(answer.value);
      expect(entry).toMatchObject({
        author: answer.author,
        agency: answer.agency,
        language: answer.language,
      });
    }
    expect(pkg.responses.answers['q-ta']?.value).toMatchObject({ description: TEXTS.ar });
    expect(pkg.attachments.map((a) => [a.name, strFromU8(a.bytes)])).toEqual(
      input.attachments.map((a) => [a.name, strFromU8(a.bytes)]),
    );
    expect(pkg.manifest).toMatchObject({
      kind: 'response',
      questionnaire: { id: 'test-q', version: '1.0.0' },
      assessment: { id: 'assessment-1', state: 'FR' },
      languages: ['ar', 'en', 'es', 'fr', 'ru', 'zh'],
      exportedAt: new Date(FIXED_TIME).toISOString(),
    });
  });

  it('writes a manifest listing the SHA-256 and size of every other member', async () => {
    const files = unzipSync(await buildPackage(await fullInput()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const listed = manifest.content.files.map((f: { path: string }) => f.path).sort();
    expect(listed).toEqual(
      Object.keys(files)
        .filter((n) => n !== 'manifest.json')
        .sort(),
    );
    const csv = files['answers.csv']!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv)).toContain(TEXTS.zh);
    expect(strFromU8(csv)).toContain(
      '"Criminalization of participation, ""quoted"", with a comma\nand a new line"',
    );
  });

  it('writes a self-contained report, right-to-left in Arabic', async () => {
    const input = { ...(await fullInput()), reportLanguage: 'ar' as const };
    const html = (await readPackage(await buildPackage(input))).reportHtml!;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('Test questionnaire — بالعربية');
    expect(html).toContain(TEXTS.ru);
    expect(html).toContain('B — بالعربية'); // the chosen option's label, not its id
    expect(html).not.toMatch(/<script|src=|href=/i);
  });

  it('encrypts by default when the definition carries a public key, and decrypts with the private key', async () => {
    const bytes = await buildPackage(await fullInput(testDefinition(keys.publicKeyPem)));
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'payload.bin']);
    const outer = strFromU8(files['manifest.json']!);
    expect(outer).toContain('"state": "FR"');
    for (const secret of [...Object.values(TEXTS), 'penal-code.pdf', '%PDF-1.4']) {
      expect(Buffer.from(bytes).includes(Buffer.from(secret))).toBe(false);
    }
    expect(await verifyPackage(bytes)).toMatchObject({
      ok: true,
      encrypted: true,
      contentsChecked: false,
    });
    await expect(readPackage(bytes)).rejects.toMatchObject({ code: 'key-required' });
    const pkg = await readPackage(bytes, { privateKey: keys.privateKeyPem });
    expect(pkg.responses.answers['q-short']?.value).toBe(TEXTS.ru);
    expect(pkg.sealedManifest?.content.kind).toBe('encrypted');
    const plain = await decryptPackage(bytes, keys.privateKeyPem);
    expect((await verifyPackage(plain)).ok).toBe(true);
  });

  it('can be told not to encrypt, or to encrypt to another key', async () => {
    const withKey = testDefinition(keys.publicKeyPem);
    const plain = await buildPackage({
      ...(await fullInput(withKey)),
      encryption: { kind: 'none' },
    });
    expect((await verifyPackage(plain)).encrypted).toBe(false);
    const explicit = await buildPackage({
      ...(await fullInput()),
      encryption: { kind: 'public-key', publicKeyPem: keys.publicKeyPem },
    });
    expect((await verifyPackage(explicit)).encrypted).toBe(true);
  });

  it('reports progress and stops when cancelled', async () => {
    const phases = new Set<string>();
    await buildPackage(await fullInput(), { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['preparing', 'hashing', 'packing']);
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildPackage(await fullInput(), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' });
    const bytes = await buildPackage(await fullInput());
    await expect(readPackage(bytes, { signal: controller.signal })).rejects.toMatchObject({
      code: 'aborted',
    });
  });

  it('refuses an answer that does not fit its question', async () => {
    const input = await fullInput();
    const bad = { ...input, answers: [{ ...input.answers[0]!, value: 'maybe' as never }] };
    await expect(buildPackage(bad)).rejects.toMatchObject({ code: 'answer-invalid' });
    const unknownLanguage = { ...input, answers: [{ ...input.answers[0]!, language: 'xx' }] };
    await expect(buildPackage(unknownLanguage)).rejects.toMatchObject({ code: 'answer-invalid' });
  });
});

describe('aggregate', () => {
  it('builds answer, compliance and technical-assistance tables across States', async () => {
    const fr = await readPackage(await buildPackage(await fullInput()));
    const base = await fullInput(testDefinition(keys.publicKeyPem));
    const sealed = await buildPackage({
      ...base,
      assessment: { ...base.assessment, id: 'assessment-2', state: 'EG' },
    });
    const eg = await readPackage(sealed, { privateKey: keys.privateKeyPem });
    const tables = aggregate([fr, eg]);
    const compliance = tables['compliance.csv'].split('\r\n');
    expect(compliance).toContain('FR,assessment-1,test-q,1.0.0,untoc,art-5,q-compliance,partial');
    expect(compliance).toContain('EG,assessment-2,test-q,1.0.0,untoc,art-6,q6-compliance,no');
    expect(tables['compliance-summary.csv']).toContain('art-5,0,2,0,0');
    const ta = tables['technical-assistance.csv'].split('\r\n');
    expect(ta).toContain(
      `EG,assessment-2,test-q,1.0.0,untoc,art-5,q-ta,training,,high,${TEXTS.ar}`,
    );
    expect(ta.filter((l) => l.startsWith('FR,')).length).toBe(3);
    expect(tables['answers.csv'].split('\r\n').filter((l) => l.startsWith('EG,')).length).toBe(15);
  });
});
