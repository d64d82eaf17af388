// @vitest-environment happy-dom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/storage.json';
import type { Host } from '../../../renderer/host/host';
import { getAllAnswers, setAnswer } from '../../../renderer/storage/answers';
import { createAssessment } from '../../../renderer/storage/assessments';
import { OmnibusDb } from '../../../renderer/storage/database';
import { createSnapshot } from '../../../renderer/storage/snapshot';
import { StorageGate } from '../../../renderer/ui/save-status/storage-gate';
import { memoryMarker, NEW_ASSESSMENT } from '../../storage/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const i18n = i18next.createInstance();
beforeAll(() => i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { storage: en } } }));

let root: Root;
let container: HTMLElement;
afterEach(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

async function mount(host: Partial<Host>): Promise<void> {
  container = document.createElement('div');
  root = createRoot(container);
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <StorageGate
          host={{ backupMode: 'folder', listBackups: () => Promise.resolve([]), ...host } as Host}
        >
          <p id="app">app</p>
        </StorageGate>
      </I18nextProvider>,
    );
    await new Promise((r) => setTimeout(r, 50));
  });
}

async function settle(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i += 1)
    await act(() => new Promise((r) => setTimeout(r, 20)));
}

describe('StorageGate', () => {
  it('opens the app when storage is fine', async () => {
    memoryMarker(null);
    await mount({});
    await settle(() => container.querySelector('#app') !== null);
    expect(container.querySelector('#app')).not.toBeNull();
  });

  it('explains, instead of showing an empty app, when IndexedDB is unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await mount({});
    await settle(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(en.open.unavailable);
    expect(container.querySelector('#app')).toBeNull();
  });

  it('offers the latest backups when assessments went missing, and restores them', async () => {
    // The backup was taken earlier, from a database that has since been lost.
    const earlier = new OmnibusDb('omnibus-earlier');
    const a = await createAssessment(earlier, NEW_ASSESSMENT);
    await setAnswer(earlier, a.id, {
      questionId: 'q1',
      value: 'saved before the loss',
      baseRevision: 0,
    });
    const snapshot = await createSnapshot(earlier, a.id);
    earlier.close();
    memoryMarker(1);
    const entry = {
      id: `${a.id}/backup-2026-01-15T14-02-00-000Z.zip`,
      assessmentId: a.id,
      savedAt: 1,
      size: 1,
    };
    await mount({
      listBackups: () => Promise.resolve([entry]),
      readBackup: () => Promise.resolve(snapshot),
    });
    await settle(() => container.textContent.includes(en.dataMissing.title));
    expect(container.textContent).toContain('This device held 1 assessment');
    const restore = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === en.dataMissing.restore,
    );
    act(() => restore?.click());
    await settle(() => container.querySelector('#app') !== null);
    expect(container.querySelector('#app')).not.toBeNull();
    expect((await getAllAnswers(new OmnibusDb(), a.id)).get('q1')?.value).toBe(
      'saved before the loss',
    );
  });
});
