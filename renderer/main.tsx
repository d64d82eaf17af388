import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { detectHost } from './host';
import { pickLanguage } from './i18n/languages';
import { loadLanguagePreference } from './i18n/preference';
import { setupI18n } from './i18n/setup';
import './styles.css';

async function start(): Promise<void> {
  const host = detectHost();
  const info = await host.info();
  const i18n = await setupI18n(
    loadLanguagePreference() ?? pickLanguage(info.locales),
    (language) => {
      host.setLanguage(language).catch(() => {
        // The shell keeps its previous language; the page itself is already switched.
      });
    },
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App host={host} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
