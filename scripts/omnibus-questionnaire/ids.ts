import type { ProvisionSource } from './types.ts';

// 'untoc', '5' → 'untoc-art-5'; '10(2)' → 'untoc-art-10-2' (ids allow only [a-z0-9._-]).
export function provisionId(source: Pick<ProvisionSource, 'instrument' | 'article'>): string {
  const slug = source.article
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${source.instrument}-art-${slug}`;
}

// The leading article number: '10(2)' → 10.
export function articleNumber(article: string): number {
  const match = /^\d+/.exec(article);
  return match ? Number(match[0]) : Number.NaN;
}
