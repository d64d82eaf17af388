import { useTranslation } from 'react-i18next';
import type { Host } from './host';
import { AssessmentRoute } from './ui/assessment/assessment-route';
import { BackupsScreen } from './ui/backups/backups-screen';
import { LanguageSwitcher } from './ui/common/language-switcher';
import { HomeScreen } from './ui/home/home-screen';
import { RouterProvider, useRouter } from './ui/router/router';
import { StorageGate } from './ui/save-status/storage-gate';

function Screen({ host }: { host: Host }) {
  const { view } = useRouter();
  // Keyed by assessment, never by language: fill, review and print share one open session, and
  // switching language keeps every state.
  return view.kind === 'home' ? (
    <HomeScreen host={host} />
  ) : view.kind === 'backups' ? (
    <BackupsScreen host={host} />
  ) : (
    <AssessmentRoute key={view.assessmentId} view={view} host={host} />
  );
}

export function App({ host }: { host: Host }) {
  const { t } = useTranslation();
  return (
    <RouterProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <StorageGate host={host}>
          <Screen host={host} />
        </StorageGate>
      </main>
    </RouterProvider>
  );
}
