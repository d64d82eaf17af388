import { useFocusOnMount } from '../common/use-focus-on-mount';
import { useNow } from '../common/use-now';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import { ENDONYMS, isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';
import type { AssessmentSession } from '../assessment/session';
import { ProgressDialog } from '../common/progress-dialog';
import { useLanguage } from '../common/use-language';
import { useRouter } from '../router/router';
import { BackLink } from '../common/back-link';
import { Report } from './report';
import { reportChapters } from './report-scope';

type PdfState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string };

function fileName(title: string, language: Language): string {
  const safe = title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'omnibus';
  return `${safe} (${language}).pdf`;
}

export function PrintScreen({
  session,
  host,
  chapterId,
}: {
  session: AssessmentSession;
  host: Host;
  chapterId?: string;
}) {
  const { t } = useTranslation('print');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const interfaceLanguage = useLanguage();
  const { navigate } = useRouter();
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const now = useNow();
  const ids = { scope: useId(), language: useId() };
  const { assessment, definition, state } = session;
  const chapters = reportChapters(definition, state);

  const savePdf = async () => {
    setPdf({ kind: 'busy' });
    try {
      const outcome = await host.printToPdf(fileName(assessment.title, language), {
        landscape: false,
      });
      setPdf(
        outcome.saved
          ? {
              kind: 'done',
              message: outcome.path ? t('pdf.savedTo', { path: outcome.path }) : t('pdf.saved'),
            }
          : { kind: 'idle' },
      );
    } catch (error) {
      setPdf({
        kind: 'done',
        message: t('pdf.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  return (
    <div className="print-screen">
      <div className="print-toolbar">
        <BackLink to={{ kind: 'fill', assessmentId: assessment.id }} label={t('back')} />
        <h1 tabIndex={-1} ref={heading}>
          {t('title')}
        </h1>
        <div className="print-toolbar__controls">
          <div className="field">
            <label htmlFor={ids.scope}>{t('scope.label')}</label>
            <select
              id={ids.scope}
              value={chapterId ?? ''}
              onChange={(e) =>
                navigate({
                  kind: 'print',
                  assessmentId: assessment.id,
                  ...(e.target.value ? { chapterId: e.target.value } : {}),
                })
              }
            >
              <option value="">{t('scope.all')}</option>
              {chapters.map(({ instrument, chapter }) => (
                <option key={chapter.id} value={chapter.id}>
                  {`${localize(instrument.shortTitle, interfaceLanguage)} — ${localize(chapter.title, interfaceLanguage)}`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.language}>{t('language')}</label>
            <select
              id={ids.language}
              value={language}
              onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
            >
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {ENDONYMS[lang]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void savePdf()} disabled={pdf.kind === 'busy'}>
            {t('pdf.save')}
          </button>
        </div>
        <p role="status" className="print-toolbar__status">
          {pdf.kind === 'done' ? pdf.message : ''}
        </p>
      </div>
      <Report session={session} language={language} chapterId={chapterId} withCover now={now} />
      {pdf.kind === 'busy' && (
        <ProgressDialog title={t('pdf.title')} message={t('pdf.working')} fraction={null} />
      )}
    </div>
  );
}
