// @vitest-environment happy-dom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/storage.json';
import en from '../../../locales/en/storage.json';
import fr from '../../../locales/fr/storage.json';
import type { SaveStatus } from '../../../renderer/storage/autosave';
import { SaveStatusText } from '../../../renderer/ui/save-status/save-status';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const i18n = i18next.createInstance();
const AT = Date.UTC(2026, 0, 15, 14, 2, 0);

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { storage: en }, fr: { storage: fr }, ar: { storage: ar } },
    interpolation: { escapeValue: false },
  });
});

let container: HTMLElement;
afterEach(() => container.remove());

async function render(status: SaveStatus, language = 'en'): Promise<HTMLElement> {
  await i18n.changeLanguage(language);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    createRoot(container).render(
      <I18nextProvider i18n={i18n}>
        <SaveStatusText status={status} />
      </I18nextProvider>,
    );
    await Promise.resolve();
  });
  const region = container.querySelector('[role="status"]');
  if (!(region instanceof HTMLElement)) throw new Error('no status region');
  return region;
}

describe('SaveStatusText', () => {
  it('is a polite live region, present even when idle', async () => {
    const region = await render({ kind: 'idle' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });

  it('says it is saving, then when it saved, in the interface language and its time format', async () => {
    expect((await render({ kind: 'saving' })).textContent).toBe('Saving…');
    expect((await render({ kind: 'saved', at: AT })).textContent).toBe(
      `Saved at ${new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(AT)}`,
    );
    expect((await render({ kind: 'saved', at: AT }, 'fr')).textContent).toBe('Enregistré à 14:02');
    expect((await render({ kind: 'saved', at: AT }, 'ar')).textContent).toContain(
      new Intl.DateTimeFormat('ar', { timeStyle: 'short' }).format(AT),
    );
  });

  it('explains a full disk and that it keeps trying', async () => {
    const text = (await render({ kind: 'error', reason: 'quota', retrying: true })).textContent;
    expect(text).toContain('The disk is full');
    expect(text).toContain('Trying again automatically.');
  });

  it('explains a change made in another window', async () => {
    const text = (await render({ kind: 'error', reason: 'conflict', retrying: false })).textContent;
    expect(text).toContain('changed in another window');
    expect(text).not.toContain('Trying again');
  });
});
