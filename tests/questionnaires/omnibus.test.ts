import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TA_TYPES, definitionSchema } from '../../renderer/engine/definition.ts';
import {
  allProvisionSources,
  buildOmnibusDefinition,
  serializeDefinition,
} from '../../scripts/omnibus-questionnaire/assemble.ts';
import type { DefinitionOut, QuestionOut } from '../../scripts/omnibus-questionnaire/output.ts';
import { LANGS, localizedTexts, scriptShare } from './localized-texts.ts';

const DIR = resolve(import.meta.dirname, '../../questionnaires');
const SHIPPED = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(DIR, file), 'utf8'));

const committedText = readFileSync(resolve(DIR, 'untoc-omnibus.json'), 'utf8');
const omnibus = JSON.parse(committedText) as DefinitionOut;
const provisions = omnibus.instruments.flatMap((i) => i.chapters.flatMap((c) => c.provisions));
const questions = new Map<string, QuestionOut>(
  provisions.flatMap((p) => p.questions.map((q) => [q.id, q] as const)),
);
const question = (id: string): QuestionOut => {
  const found = questions.get(id);
  if (!found) throw new Error(`question ${id} is missing`);
  return found;
};

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  untoc: range(5, 31),
  tip: range(5, 13),
  som: [...range(5, 16), '18'],
  firearms: range(5, 15),
};

describe.each(SHIPPED)('localized texts of questionnaires/%s', (file) => {
  const texts = localizedTexts(readJson(file));

  it('has every text in all six languages, non-empty', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual([...LANGS]);
      for (const lang of LANGS) {
        const value = text[lang];
        expect(typeof value === 'string' && value.trim().length > 0, `${path}.${lang}`).toBe(true);
      }
    }
  });

  it('writes each language in its own script', () => {
    for (const { path, text } of texts) {
      for (const lang of LANGS) {
        const share = scriptShare(String(text[lang]), lang);
        if (share === null) continue;
        expect(share, `${path}.${lang}: ${String(text[lang])}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });

  it('translates French and Spanish rather than copying the English', () => {
    for (const { path, text } of texts) {
      const en = String(text.en);
      // A single word may be the same in several languages (Extradition, General, Information).
      if (!en.trim().includes(' ')) continue;
      expect(text.fr, `${path}.fr`).not.toBe(en);
      expect(text.es, `${path}.es`).not.toBe(en);
    }
  });

  it('leaves numbers and dates to the engine: no formatted numbers or dates in texts', () => {
    const formatted = /\d[.,\u00a0\u202f ]\d{3}(?!\d)|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;
    for (const { path, text } of texts) {
      for (const lang of LANGS)
        expect(String(text[lang]), `${path}.${lang}`).not.toMatch(formatted);
    }
  });
});

describe('questionnaires/untoc-omnibus.json', () => {
  it('equals a fresh build of the source data (run npm run questionnaire:build)', () => {
    expect(committedText).toBe(serializeDefinition(buildOmnibusDefinition()));
  });

  it('has the shape the engine schema accepts', () => {
    const result = definitionSchema.safeParse(omnibus);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
    expect([omnibus.id, omnibus.version, omnibus.formatVersion]).toEqual([
      'untoc-omnibus',
      '1.0.0',
      1,
    ]);
  });

  it.each(Object.entries(ARTICLES))(
    'has every article of %s in its own instrument',
    (id, articles) => {
      const instrument = omnibus.instruments.find((i) => i.id === id);
      const found = instrument?.chapters.flatMap((c) => c.provisions) ?? [];
      const numbers = found.map((p) => p.article ?? '').sort((a, b) => Number(a) - Number(b));
      expect(numbers).toEqual(articles);
      for (const p of found) expect([p.instrument, p.id]).toEqual([id, `${id}-art-${p.article}`]);
    },
  );

  it('keeps ids unique and points every expression and cross-reference at a real question', () => {
    const ids = provisions.flatMap((p) => p.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    const conditions = [
      ...omnibus.instruments.map((i) => i.visibleIf),
      ...[...questions.values()].flatMap((q) => [q.visibleIf, q.requiredIf]),
    ].filter((e): e is string => e !== undefined);
    for (const expr of conditions) {
      for (const [, ref] of expr.matchAll(/\{([^}]+)\}/g))
        expect(questions.has(ref ?? ''), expr).toBe(true);
    }
    for (const q of questions.values()) {
      for (const ref of q.crossReferences ?? [])
        expect(questions.has(ref), `${q.id} → ${ref}`).toBe(true);
    }
  });

  it('asks the compliance block of every article, with conditions on the compliance answer', () => {
    for (const source of allProvisionSources()) {
      const id = `${source.instrument}-art-${source.article}`;
      const c = `{${id}-compliance}`;
      expect(question(`${id}-compliance`)).toMatchObject({ type: 'compliance', required: true });
      expect(question(`${id}-legislation`)).toMatchObject({
        type: 'citations',
        visibleIf: `${c} in ['yes', 'partial']`,
        requiredIf: `${c} in ['yes', 'partial']`,
      });
      expect(question(`${id}-planned-steps`).visibleIf).toBe(`${c} = 'no'`);
      expect(question(`${id}-examples`).visibleIf).toBe(`${c} in ['yes', 'partial']`);
      expect(question(`${id}-challenges`).type).toBe('long-text');
      expect(question(`${id}-ta`).type).toBe('technical-assistance');
      expect(questions.has(`${id}-statistics`), id).toBe(source.offence);
    }
  });

  it('asks yearly statistics for the Convention offences only once they exist', () => {
    const withStatistics = provisions
      .filter((p) => p.instrument === 'untoc' && questions.has(`${p.id}-statistics`))
      .map((p) => p.article);
    expect(withStatistics).toEqual(['5', '6', '8', '23']);
    const stats = question('untoc-art-6-statistics');
    if (stats.type !== 'table') throw new Error('statistics is not a table');
    expect(stats.columns.map((col) => [col.id, col.type])).toEqual([
      ['year', 'integer'],
      ['investigated', 'integer'],
      ['prosecutions', 'integer'],
      ['convictions', 'integer'],
    ]);
    expect(stats.rows.kind).toBe('dynamic');
    expect(stats.visibleIf).toBe("{untoc-art-6-compliance} in ['yes', 'partial']");
  });

  it('turns each instrument on for parties and signatories through the profile', () => {
    for (const id of Object.keys(ARTICLES)) {
      const status = question(`profile-status-${id}`);
      expect(status).toMatchObject({ type: 'single-choice', required: true });
      if (status.type !== 'single-choice') continue;
      expect(status.options.map((o) => o.id)).toEqual(['party', 'signatory', 'neither']);
      const instrument = omnibus.instruments.find((i) => i.id === id);
      expect(instrument?.visibleIf).toBe(`{profile-status-${id}} in ['party', 'signatory']`);
    }
    expect(question('profile-state').type).toBe('country');
    const agencies = question('profile-agencies');
    expect(agencies.type === 'table' && agencies.columns.map((col) => col.id)).toEqual([
      'agency',
      'role',
    ]);
  });

  it('checks the focal point e-mail with a pattern that tells addresses from other text', () => {
    const email = question('profile-focal-point-email');
    if (email.type !== 'short-text' || email.pattern === undefined) throw new Error('no pattern');
    const pattern = new RegExp(email.pattern, 'u');
    expect(pattern.test('focal.point@justice.gov.example')).toBe(true);
    expect(pattern.test('focal point at justice')).toBe(false);
    expect(pattern.test('name@host')).toBe(false);
  });

  it('cross-references the questions other instruments ask on the same topic, both ways', () => {
    const linked: readonly (readonly [string, readonly string[]])[] = [
      ['untoc-art-12', ['firearms-art-6']],
      ['untoc-art-14', ['firearms-art-6']],
      ['untoc-art-16', ['tip-art-10', 'som-art-10', 'firearms-art-12']],
      ['untoc-art-18', ['tip-art-10', 'som-art-10', 'firearms-art-12']],
      ['untoc-art-27', ['tip-art-10', 'som-art-10', 'firearms-art-12']],
      ['untoc-art-29', ['som-art-14', 'firearms-art-14']],
      ['untoc-art-30', ['som-art-14', 'firearms-art-14']],
      ['tip-art-11', ['som-art-11']],
      ['tip-art-12', ['som-art-12', 'som-art-13']],
    ];
    for (const [from, others] of linked) {
      for (const suffix of ['compliance', 'examples']) {
        const refs = question(`${from}-${suffix}`).crossReferences ?? [];
        for (const other of others) {
          expect(refs, from).toContain(`${other}-${suffix}`);
          expect(question(`${other}-${suffix}`).crossReferences, other).toContain(
            `${from}-${suffix}`,
          );
        }
      }
    }
    for (const q of questions.values()) {
      const own = q.id.split('-')[0];
      for (const ref of q.crossReferences ?? []) expect(ref.split('-')[0], q.id).not.toBe(own);
    }
    expect(question('untoc-art-5-compliance').crossReferences).toBeUndefined();
  });

  it('closes with the State’s technical assistance priorities, assistance received and help needed', () => {
    const priorities = question('closing-ta-priorities');
    expect(priorities.type === 'multiple-choice' && priorities.options.map((o) => o.id)).toEqual(
      TA_TYPES.filter((type) => type !== 'other'),
    );
    expect(priorities.type === 'multiple-choice' && priorities.allowOther).toBe(true);
    expect(question('closing-ta-priority').visibleIf).toBe('count({closing-ta-priorities}) >= 1');
    const received = question('closing-ta-received-list');
    expect(received.type === 'table' && received.columns.map((col) => col.id)).toEqual([
      'provider',
      'area',
      'year',
    ]);
    expect(received.requiredIf).toBe("{closing-ta-received} = 'yes'");
    expect(question('closing-questionnaire-help').type).toBe('yes-no');
    expect(omnibus.instruments.map((i) => i.id)).toEqual([
      'general',
      'untoc',
      'tip',
      'som',
      'firearms',
      'closing',
    ]);
  });
});
