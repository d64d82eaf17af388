import { describe, expect, it } from 'vitest';
import { HOME, loadView, saveView } from '../../../renderer/ui/router/view';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('view state', () => {
  it('returns to the same screen after a reload', () => {
    const storage = memory();
    saveView({ kind: 'fill', assessmentId: 'a1', questionId: 'q9' }, storage);
    expect(loadView(storage)).toEqual({ kind: 'fill', assessmentId: 'a1', questionId: 'q9' });
  });
  it('starts at home when nothing, or something unreadable, was kept', () => {
    expect(loadView(memory())).toEqual(HOME);
    const storage = memory();
    storage.setItem('omnibus.view', '{"kind":"fill"}');
    expect(loadView(storage)).toEqual(HOME);
    storage.setItem('omnibus.view', 'not json');
    expect(loadView(storage)).toEqual(HOME);
  });
});
