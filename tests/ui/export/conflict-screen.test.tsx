// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConflictChoice, MergeResult } from '../../../renderer/package';
import type { HandoffRecord } from '../../../renderer/storage/handoffs';
import { ContributionReviewDialog } from '../../../renderer/ui/contributions/contribution-review-dialog';
import type { ContributionReview } from '../../../renderer/ui/contributions/import-flow';
import { click, render, testI18n, type Rendered } from '../render';
import { sampleDefinition } from './helpers';

const packageStrings = import.meta.glob<Record<string, unknown>>(
  '../../../locales/*/package.json',
  { eager: true, import: 'default' },
);

async function i18n(language: string) {
  const instance = await testI18n(language);
  for (const [file, content] of Object.entries(packageStrings))
    instance.addResourceBundle(/locales\/([^/]+)\//.exec(file)?.[1] ?? '', 'package', content);
  return instance;
}

const definition = sampleDefinition();
const AT = Date.UTC(2026, 0, 15, 9, 30);
const mine = {
  value: 'yes',
  definitionVersion: '1.0.0',
  author: 'Marie Curie',
  agency: 'Ministry of Justice',
  updatedAt: AT,
  language: 'fr',
} as const;
const theirs = { ...mine, value: 'no', author: 'Li Wei', agency: 'Ministry of Interior' } as const;

const merge: MergeResult = {
  changes: [
    {
      questionId: 'untoc-art-29-training',
      before: null,
      after: { ...theirs, value: 'yes' },
    },
  ],
  conflicts: [{ questionId: 'untoc-art-5-compliance', base: null, mine, theirs }],
  undo: [],
  attachments: [],
};

const review: ContributionReview = {
  handoff: { id: 'h1' } as HandoffRecord,
  packageId: 'p1',
  contributor: { name: 'Li Wei', agency: 'Ministry of Interior' },
  exportedAt: new Date(AT).toISOString(),
  merge,
  alreadyImported: false,
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function show(language = 'en') {
  const onApply = vi.fn<(choices: Readonly<Record<string, ConflictChoice>>) => void>();
  view = await render(
    <ContributionReviewDialog
      review={review}
      definition={definition}
      onApply={onApply}
      onCancel={() => undefined}
    />,
    await i18n(language),
  );
  return { onApply, dialog: view.container.querySelector('dialog')! };
}

const button = (root: Element, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

describe('the conflict screen', () => {
  it('shows both answers side by side with who gave them and when', async () => {
    const { dialog } = await show();
    const conflict = dialog.querySelector('[data-question-id="untoc-art-5-compliance"]')!;
    expect(conflict.querySelector('legend')?.textContent).toMatch(/Article 5|criminaliz/i);
    // Names and times are bidi-isolated inside the sentence; read them without the marks.
    const sides = [...conflict.querySelectorAll('.conflict__side')].map((s) =>
      (s.textContent ?? '').replace(/[\u2066-\u2069]/g, ''),
    );
    expect(sides[0]).toContain('Keep my answer');
    expect(sides[0]).toContain('Marie Curie (Ministry of Justice)');
    expect(sides[1]).toContain('Li Wei (Ministry of Interior)');
    expect(dialog.textContent).toContain('1 new answer to apply');
  });

  it('imports nothing until every conflict has a choice, then passes the choices on', async () => {
    const { dialog, onApply } = await show();
    await click(button(dialog, 'Import'));
    expect(onApply).not.toHaveBeenCalled();
    expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('1 more question');
    const radios = dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).toHaveLength(2);
    expect([...radios].some((r) => r.checked)).toBe(false);
    await click(radios[1]!);
    await click(button(dialog, 'Import'));
    expect(onApply).toHaveBeenCalledWith({ 'untoc-art-5-compliance': 'theirs' });
  });

  it('speaks Arabic with the Arabic plural forms', async () => {
    const { dialog } = await show('ar');
    expect(dialog.textContent).toContain('إجابة جديدة واحدة للتطبيق');
    expect(dialog.textContent).toContain('الاحتفاظ بإجابتي');
  });
});
