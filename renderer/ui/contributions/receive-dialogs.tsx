import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { OpenedFile } from '../../host/host';
import type { Person } from '../../package';
import type { ReceivedHandoff } from '../../storage/handoff-receive';
import { useDatabase } from '../../storage/storage-context';
import type { AssessmentSession } from '../assessment/session';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';
import { TaskRunDialog } from '../export/task-run-dialog';
import { receiveHandoffFile } from './receive-flow';
import { sendContributionBack } from './send-back-flow';

// A colleague opens the focal point's hand-off in this assessment.
export function ReceiveDialog({
  session,
  file,
  onClose,
}: {
  session: AssessmentSession;
  file: OpenedFile;
  onClose: () => void;
}) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const { assessment, definition } = session;
  return (
    <TaskRunDialog
      title={t('receive.title')}
      failedTitle={t('receive.failedTitle')}
      work={(context) => receiveHandoffFile(context, { db, assessment, definition }, file)}
      describe={(received) => ({
        title: t('receive.doneTitle'),
        tone: 'success',
        message: t('receive.done', {
          count: received.filled,
          name: isolate(received.from.name),
          agency: isolate(received.from.agency),
        }),
      })}
      onClose={onClose}
    />
  );
}

// The colleague sends the answers to the handed-over chapters back as a contribution.
export function SendBackDialog({
  session,
  host,
  record,
  me,
  now,
  onClose,
}: {
  session: AssessmentSession;
  host: Host;
  record: ReceivedHandoff;
  me: Person;
  now: () => Date;
  onClose: () => void;
}) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const language = useLanguage();
  const source = {
    db,
    assessment: session.assessment,
    definition: session.definition,
    focalPoint: me,
    language,
    now: now(),
  };
  return (
    <TaskRunDialog
      title={t('sendBack.progressTitle')}
      failedTitle={t('sendBack.failedTitle')}
      work={(context) => sendContributionBack(context, source, record, host)}
      describe={(outcome) =>
        outcome.kind === 'saved'
          ? {
              title: t('sendBack.doneTitle'),
              tone: 'success',
              message: [
                t('sendBack.saved', {
                  count: outcome.sent,
                  file: isolate(outcome.path ?? outcome.fileName),
                  name: isolate(record.handoff.from.name),
                  agency: isolate(record.handoff.from.agency),
                }),
                outcome.kept > 0 ? t('sendBack.kept', { count: outcome.kept }) : '',
              ]
                .filter(Boolean)
                .join(' '),
            }
          : { title: t('result.cancelledTitle'), tone: 'info', message: t('export.notSaved') }
      }
      onClose={onClose}
    />
  );
}
