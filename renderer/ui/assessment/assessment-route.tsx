import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import { FillScreen } from '../fill/fill-screen';
import { PrintScreen } from '../print/print-screen';
import { ReviewScreen } from '../review/review-screen';
import type { View } from '../router/view';
import { ConflictBanner } from './conflict-banner';
import { SaveIndicator } from './save-indicator';
import { useAssessmentSession } from './use-assessment-session';

type AssessmentView = Exclude<View, { kind: 'home' | 'backups' }>;

// Opens the assessment the view names and shows the screen it asks for.
export function AssessmentRoute({ view, host }: { view: AssessmentView; host: Host }) {
  const { t } = useTranslation('fill');
  const { result, source } = useAssessmentSession(view.assessmentId);
  if (result.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (result.kind === 'missing') return <p role="alert">{t('missing')}</p>;
  if (result.kind === 'failed')
    return <p role="alert">{t('failed', { message: result.message })}</p>;
  const { session } = result;
  switch (view.kind) {
    case 'fill':
      return (
        <>
          <ConflictBanner source={source} session={session} />
          <FillScreen
            session={session}
            host={host}
            startQuestionId={view.questionId}
            saveControls={<SaveIndicator source={source} />}
          />
        </>
      );
    case 'review':
      return <ReviewScreen session={session} host={host} />;
    case 'print':
      return <PrintScreen session={session} host={host} chapterId={view.chapterId} />;
  }
}
