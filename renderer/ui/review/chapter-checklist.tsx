import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import type { AssessmentSession } from '../assessment/session';
import { useLanguage } from '../common/use-language';
import { ProgressCount } from '../fill/status-mark';
import { reportChapters } from '../print/report-scope';

// Each visible chapter with its progress and a "complete" mark the user sets when satisfied.
export function ChapterChecklist({ session }: { session: AssessmentSession }) {
  const { t } = useTranslation('review');
  const language = useLanguage();
  const { definition, state, completedChapters, markChapterComplete } = session;
  return (
    <ul className="chapter-checklist">
      {reportChapters(definition, state).map(({ instrument, chapter }) => (
        <li key={chapter.id}>
          <label className="check-option">
            <input
              type="checkbox"
              checked={completedChapters.has(chapter.id)}
              onChange={(e) => markChapterComplete(chapter.id, e.target.checked)}
            />
            <span>
              {t('chapters.mark', {
                chapter: `${localize(instrument.shortTitle, language)} — ${localize(chapter.title, language)}`,
              })}
            </span>
          </label>
          <ProgressCount progress={state.progress(chapter.id)} />
        </li>
      ))}
    </ul>
  );
}
