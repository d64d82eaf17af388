import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { HostErrorCode } from '../../../renderer/host/host';
import { LANGUAGES } from '../../../renderer/i18n/languages';
import { PACKAGE_ERROR_CODES } from '../../../renderer/package';
import { failureMessage, type TaskFailure } from '../../../renderer/ui/export/failure';
import { packageFileName } from '../../../renderer/ui/export/file-name';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/package.json', {
  eager: true,
  import: 'default',
});

async function translator(language: string) {
  const resources = Object.fromEntries(
    Object.entries(files).map(([file, content]) => [
      /locales\/([^/]+)\//.exec(file)?.[1] ?? '',
      { package: content },
    ]),
  );
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
}

const HOST_CODES: HostErrorCode[] = [
  'forbidden',
  'invalid-argument',
  'unknown-channel',
  'disk-full',
  'too-large',
  'not-permitted',
  'failed',
];

const FAILURES: TaskFailure[] = [
  ...PACKAGE_ERROR_CODES.map((code): TaskFailure => ({ kind: 'package', code })),
  ...HOST_CODES.map((code): TaskFailure => ({ kind: 'host', code })),
  { kind: 'storage-full' },
  { kind: 'definition-missing' },
  { kind: 'no-handoff' },
  { kind: 'changed-since', count: 3 },
  { kind: 'target-not-empty', count: 2 },
  { kind: 'unexpected', message: 'boom' },
];

describe('failure messages', () => {
  for (const language of LANGUAGES) {
    it(`name every refusal and host failure in ${language}`, async () => {
      const t = await translator(language);
      const seen = new Set<string>();
      for (const failure of FAILURES) {
        const text = failureMessage(failure, t);
        expect(text, JSON.stringify(failure)).not.toMatch(/^package:|errors\.|host\.|failure\./);
        seen.add(text);
      }
      // Each failure has a sentence of its own.
      expect(seen.size).toBe(FAILURES.length);
    });
  }

  it('carry the count and the detail into the sentence', async () => {
    const t = await translator('ru');
    expect(failureMessage({ kind: 'changed-since', count: 3 }, t)).toContain('3 ответа');
    expect(failureMessage({ kind: 'changed-since', count: 5 }, t)).toContain('5 ответов');
    expect(
      failureMessage({ kind: 'unexpected', message: 'boom' }, await translator('ar')),
    ).toContain('boom');
  });
});

describe('package file names', () => {
  const at = new Date(Date.UTC(2026, 2, 15, 23, 30));
  it('are <State>-<questionnaire>-<date>.omnibus', () => {
    expect(packageFileName('FR', 'untoc-omnibus', at)).toBe('FR-untoc-omnibus-2026-03-15.omnibus');
    expect(packageFileName('', 'sample', at)).toBe('XX-sample-2026-03-15.omnibus');
  });

  it('name the agency of a hand-off, without characters a file system refuses', () => {
    expect(
      packageFileName('MX', 'sample', at, {
        kind: 'handoff',
        agency: 'Fiscalía General: UIF/Delitos',
      }),
    ).toBe('MX-sample-handoff-Fiscalía-General-UIF-Delitos-2026-03-15.omnibus');
  });
});
