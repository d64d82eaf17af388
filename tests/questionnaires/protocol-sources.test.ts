import { describe, expect, it } from 'vitest';
import { firearmsProvisions } from '../../scripts/omnibus-questionnaire/firearms.ts';
import { somProvisions } from '../../scripts/omnibus-questionnaire/som.ts';
import { tipProvisions } from '../../scripts/omnibus-questionnaire/tip.ts';
import type {
  CrossReferenceTopic,
  InstrumentId,
  L,
  ProvisionSource,
} from '../../scripts/omnibus-questionnaire/types.ts';

interface Expected {
  readonly instrument: InstrumentId;
  readonly provisions: readonly ProvisionSource[];
  readonly articles: readonly string[];
  readonly offences: readonly string[];
  readonly crossReferences: Readonly<Record<string, CrossReferenceTopic>>;
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const PROTOCOLS: readonly Expected[] = [
  {
    instrument: 'tip',
    provisions: tipProvisions,
    articles: range(5, 13),
    offences: ['5'],
    crossReferences: {
      '10': 'international-cooperation',
      '11': 'border-measures',
      '12': 'document-security',
      '13': 'document-security',
    },
  },
  {
    instrument: 'som',
    provisions: somProvisions,
    articles: [...range(5, 16), '18'],
    offences: ['6'],
    crossReferences: {
      '10': 'international-cooperation',
      '11': 'border-measures',
      '12': 'document-security',
      '13': 'document-security',
      '14': 'training-and-technical-assistance',
    },
  },
  {
    instrument: 'firearms',
    provisions: firearmsProvisions,
    articles: range(5, 15),
    offences: ['5'],
    crossReferences: {
      '6': 'confiscation',
      '12': 'international-cooperation',
      '14': 'training-and-technical-assistance',
    },
  },
];

// Every letter of a text must belong to the script its language is written in.
const SCRIPT: Readonly<Record<keyof L, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  en: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};
const LANGUAGES = Object.keys(SCRIPT) as (keyof L)[];

// Official titles that the French version spells exactly as the English one: the French
// text of both Protocols titles these articles "Information". Nothing else may match.
const SPELLED_AS_IN_ENGLISH: ReadonlySet<string> = new Set([
  'som art. 10 title [fr]',
  'firearms art. 12 title [fr]',
]);

function lettersOutsideScript(text: string, lang: keyof L): string[] {
  return [...text.matchAll(/\p{L}/gu)].map(([c]) => c).filter((c) => !SCRIPT[lang].test(c));
}

function localizedTexts(provision: ProvisionSource): [string, L][] {
  const where = `${provision.instrument} art. ${provision.article}`;
  return [
    [`${where} title`, provision.title],
    [`${where} summary`, provision.summary],
  ];
}

describe.each(PROTOCOLS)('$instrument provisions', (protocol) => {
  const { provisions } = protocol;

  it('lists exactly the expected articles, in order, each once', () => {
    expect(provisions.map((p) => p.article)).toEqual(protocol.articles);
    expect(new Set(provisions.map((p) => p.article)).size).toBe(provisions.length);
    expect(provisions.every((p) => p.instrument === protocol.instrument)).toBe(true);
  });

  it('asks for offence statistics only where the Protocol requires offences', () => {
    expect(provisions.filter((p) => p.offence).map((p) => p.article)).toEqual(protocol.offences);
  });

  it('cross-references the topics also asked by other instruments', () => {
    const actual = Object.fromEntries(
      provisions.filter((p) => p.crossReference).map((p) => [p.article, p.crossReference]),
    );
    expect(actual).toEqual(protocol.crossReferences);
  });

  it('names at least one theme for every article, without repeats', () => {
    for (const p of provisions) {
      expect(p.themes.length, `${p.instrument} art. ${p.article}`).toBeGreaterThan(0);
      expect(new Set(p.themes).size).toBe(p.themes.length);
    }
  });

  it('gives every title and summary in all six languages, in the right script', () => {
    for (const [where, text] of provisions.flatMap(localizedTexts)) {
      expect(Object.keys(text).sort(), where).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        const value = text[lang];
        expect(value.trim(), `${where} [${lang}] is empty`).not.toBe('');
        expect(SCRIPT[lang].test(value), `${where} [${lang}] has no letter of its script`).toBe(
          true,
        );
        expect(lettersOutsideScript(value, lang), `${where} [${lang}] mixes scripts`).toEqual([]);
      }
    }
  });

  it('translates every text instead of copying the English', () => {
    for (const [where, text] of provisions.flatMap(localizedTexts)) {
      for (const lang of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
        if (SPELLED_AS_IN_ENGLISH.has(`${where} [${lang}]`)) continue;
        expect(text[lang], `${where} [${lang}] equals the English`).not.toBe(text.en);
      }
    }
  });
});

describe('summaries across the Protocols', () => {
  it('keeps summaries short: one to three sentences in English', () => {
    for (const p of PROTOCOLS.flatMap((protocol) => protocol.provisions)) {
      const sentences = p.summary.en.split(/(?<=\.)\s+(?=\p{Lu})/u).length;
      expect(sentences, `${p.instrument} art. ${p.article}`).toBeLessThanOrEqual(3);
    }
  });
});
