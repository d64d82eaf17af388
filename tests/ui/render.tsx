import i18next, { type i18n } from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../renderer/i18n/languages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The UI's own namespaces, in every language, as the app bundles them.
const files = import.meta.glob<Record<string, unknown>>(
  '../../locales/*/{common,questions,fill,validation}.json',
  {
    eager: true,
    import: 'default',
  },
);

export async function testI18n(language = 'en'): Promise<i18n> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, content] of Object.entries(files)) {
    const [, lang = '', ns = ''] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
    (resources[lang] ??= {})[ns] = content;
  }
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

export interface Rendered {
  container: HTMLElement;
  root: Root;
  rerender(node: ReactNode): Promise<void>;
  unmount(): void;
}

export async function render(node: ReactNode, i18n: i18n): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const rerender = async (next: ReactNode) => {
    await act(async () => {
      root.render(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>);
      await Promise.resolve();
    });
  };
  await rerender(node);
  return {
    container,
    root,
    rerender,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
    await Promise.resolve();
  });
}

// Types into a controlled input the way React notices (the native setter, then an input event).
export async function type(element: Element | null, text: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
    throw new Error('not a field');
  const proto =
    element instanceof HTMLInputElement
      ? HTMLInputElement.prototype
      : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  });
}
