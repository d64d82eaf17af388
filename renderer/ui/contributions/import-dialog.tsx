import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../host/host';
import type { ImportRecord } from '../../storage/handoffs';
import { useDatabase } from '../../storage/storage-context';
import type { AssessmentSession } from '../assessment/session';
import { FailureDialog, ResultDialog, TaskProgress } from '../export/task-dialogs';
import { useTask } from '../export/use-task';
import { ContributionReviewDialog } from './contribution-review-dialog';
import { applyReview, readContribution, type ContributionReview } from './import-flow';
import { undoContribution } from './undo-import';

// Importing a colleague's contribution from a file already chosen: read and merge (nothing is
// written), the conflict screen, the import in one transaction, and Undo.
export function ImportDialog({
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
  const read = useTask<ContributionReview>();
  const apply = useTask<ImportRecord>();
  const undo = useTask<ImportRecord>();
  const { assessment, definition } = session;
  // The assessment as it was when the file was chosen: its later updates do not restart the read.
  const [target] = useState(() => ({ db, assessment, definition }));
  const { run: startRead, cancel: cancelRead } = read;

  useEffect(() => {
    startRead((context) => readContribution(context, target, file));
    return cancelRead;
  }, [startRead, cancelRead, target, file]);

  const title = t('import.title');
  if (undo.state.kind !== 'idle') {
    const s = undo.state;
    if (s.kind === 'running') return <TaskProgress title={title} task={{ ...undo, state: s }} />;
    if (s.kind === 'failed')
      return (
        <FailureDialog title={t('import.undoFailedTitle')} failure={s.failure} onClose={onClose} />
      );
    return (
      <ResultDialog title={title} tone="success" message={t('import.undone')} onClose={onClose} />
    );
  }
  if (apply.state.kind !== 'idle') {
    const s = apply.state;
    if (s.kind === 'running') return <TaskProgress title={title} task={{ ...apply, state: s }} />;
    if (s.kind === 'failed')
      return (
        <FailureDialog title={t('import.failedTitle')} failure={s.failure} onClose={onClose} />
      );
    const record = s.result;
    const handoffId = read.state.kind === 'done' ? read.state.result.handoff.id : '';
    return (
      <ResultDialog
        title={t('import.doneTitle')}
        tone="success"
        message={t('import.applied', { count: record.changed.length })}
        onClose={onClose}
      >
        <button
          type="button"
          className="secondary"
          onClick={() => undo.run((context) => undoContribution(context, db, handoffId, record.id))}
        >
          {t('actions.undoImport')}
        </button>
      </ResultDialog>
    );
  }
  const s = read.state;
  if (s.kind === 'idle' || s.kind === 'running')
    return (
      <TaskProgress
        title={title}
        task={{
          ...read,
          state:
            s.kind === 'idle'
              ? { kind: 'running', step: 'reading', fraction: null, cancellable: true }
              : s,
        }}
      />
    );
  if (s.kind === 'failed')
    return <FailureDialog title={t('import.failedTitle')} failure={s.failure} onClose={onClose} />;
  const review = s.result;
  if (review.merge.changes.length === 0 && review.merge.conflicts.length === 0)
    return (
      <ResultDialog title={title} tone="info" message={t('import.nothingNew')} onClose={onClose} />
    );
  return (
    <ContributionReviewDialog
      review={review}
      definition={definition}
      onCancel={onClose}
      onApply={(choices) => apply.run((context) => applyReview(context, db, review, choices))}
    />
  );
}
