import { useTranslation } from 'react-i18next';
import type { Host } from './host';
import { HomeScreen } from './ui/home/home-screen';
import { LanguageSwitcher } from './ui/common/language-switcher';

export function App({ host }: { host: Host }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <HomeScreen host={host} />
      </main>
    </>
  );
}
