import { describe, expect, it, vi } from 'vitest';
import {
  catalogueItem,
  listBundledQuestionnaires,
  listCatalogue,
  listedItem,
} from '../../renderer/definitions/catalogue';
import { rawDefinition } from './helpers';

const load = () => Promise.resolve(null);

describe('questionnaire catalogue', () => {
  it('lists the shipped questionnaires parsed, not the JSON Schema', async () => {
    const items = await listCatalogue();
    expect(items.map((i) => i.file)).toContain('sample.json');
    expect(items.map((i) => i.file)).not.toContain('questionnaire.schema.json');
    expect(items.every((i) => i.ok)).toBe(true);
    const sample = (await listBundledQuestionnaires()).find((e) => e.id === 'sample');
    expect(sample?.definition.instruments.length).toBeGreaterThan(0);
    expect(sample?.title.en).toBe('Sample questionnaire');
  });

  it('lists an invalid definition as invalid, with its first errors, instead of dropping it', () => {
    const raw = rawDefinition([
      { id: 'a', type: 'yes-no', visibleIf: '{b1} or {b2} or {b3} or {b4} or {b5} or {b6}' },
    ]);
    const item = catalogueItem('../../questionnaires/broken.json', raw, load);
    expect(item.ok).toBe(false);
    if (item.ok) return;
    expect(item).toMatchObject({ file: 'broken.json', id: 'test', errorCount: 6 });
    expect(item.errors).toHaveLength(5);
    expect(item.errors[0]?.message).toContain('{b1}');
  });

  it('lists a file that is not a definition at all', () => {
    const item = catalogueItem('x/notes.json', ['not', 'a', 'definition'], load);
    expect(item).toMatchObject({ ok: false, file: 'notes.json' });
    expect(item.id).toBeUndefined();
  });

  it('lists a file from its header alone and loads and checks it in full when asked, once', async () => {
    const raw = rawDefinition([{ id: 'a', type: 'yes-no', visibleIf: '{missing} = true' }]);
    const loadRaw = vi.fn(() => Promise.resolve<unknown>(raw));
    const { id, version, title } = raw as { id: string; version: string; title: unknown };
    const item = await listedItem(
      '../../questionnaires/late.json',
      { id, version, title },
      loadRaw,
    );
    expect(item).toMatchObject({ ok: true, file: 'late.json', id: 'test' });
    expect(loadRaw).not.toHaveBeenCalled();
    if (!item.ok) return;
    expect(item.checked()).toBeUndefined();
    const checked = await item.check();
    expect(checked).toMatchObject({ ok: false, file: 'late.json', id: 'test', errorCount: 1 });
    expect(item.checked()).toBe(checked);
    expect(await item.check()).toBe(checked);
    expect(loadRaw).toHaveBeenCalledTimes(1);
  });

  it('loads and checks a file without a sound header at once, so its errors are listed', async () => {
    const whole = { id: 'u', version: 'one', instruments: [] };
    const item = await listedItem('x/untitled.json', null, () => Promise.resolve(whole));
    expect(item).toMatchObject({ ok: false, file: 'untitled.json', id: 'u' });
  });
});
