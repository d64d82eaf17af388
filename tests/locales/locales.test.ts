import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../renderer/i18n/languages';

const root = path.resolve(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else throw new Error(`${prefix}: not a string or object`);
  return out;
}

function load(lang: string): Map<string, Flat> {
  const files = readdirSync(path.join(root, lang)).filter((f) => f.endsWith('.json'));
  return new Map(
    files.map((file) => [file, flatten(JSON.parse(readFileSync(path.join(root, lang, file), 'utf8')))]),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const baseKeys = (flat: Flat) => new Set([...flat.keys()].map((k) => k.replace(PLURAL, '')));
const english = load('en');

describe('locale files', () => {
  it('exist for the six UN languages, with the same files', () => {
    expect(readdirSync(root).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect([...load(lang).keys()].sort(), lang).toEqual([...english.keys()].sort());
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const files = load(lang);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

      it('has exactly the English keys, no empty text', () => {
        for (const [file, en] of english) {
          const mine = files.get(file) ?? new Map<string, string>();
          expect([...baseKeys(mine)].sort(), `${lang}/${file}`).toEqual([...baseKeys(en)].sort());
          for (const [key, text] of mine) expect(text.trim(), `${lang}/${file}: ${key}`).not.toBe('');
        }
      });

      it('has every plural form its CLDR rules need, and no others', () => {
        for (const [file, flat] of files) {
          const plurals = new Map<string, Set<string>>();
          for (const key of flat.keys()) {
            const match = PLURAL.exec(key);
            if (!match) continue;
            const base = key.replace(PLURAL, '');
            plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1] ?? ''));
          }
          for (const [base, forms] of plurals) {
            expect([...forms].sort(), `${lang}/${file}: ${base}`).toEqual([...categories].sort());
          }
        }
      });

      it('uses the same placeholders as English', () => {
        for (const [file, en] of english) {
          const mine = files.get(file) ?? new Map<string, string>();
          const enByBase = new Map([...en].map(([k, v]) => [k.replace(PLURAL, ''), v]));
          for (const [key, text] of mine) {
            const reference = enByBase.get(key.replace(PLURAL, ''));
            if (reference === undefined) continue;
            // A plural form may spell the number out ("one question"), so it may drop {{count}}.
            const wanted = placeholders(reference).filter((p) => !(PLURAL.test(key) && p === 'count'));
            const mineNoCount = placeholders(text).filter((p) => !(PLURAL.test(key) && p === 'count'));
            expect(mineNoCount, `${lang}/${file}: ${key}`).toEqual(wanted);
          }
        }
      });
    });
  }
});
