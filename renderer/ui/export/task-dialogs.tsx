import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../common/modal-dialog';
import { ProgressDialog } from '../common/progress-dialog';
import { failureMessage, isCancelled, type TaskFailure } from './failure';
import type { Task, TaskState } from './use-task';

// The progress of a running package task, with Cancel while stopping is still safe.
export function TaskProgress<R>({
  title,
  task,
}: {
  title: string;
  task: Task<R> & { state: Extract<TaskState<R>, { kind: 'running' }> };
}) {
  const { t } = useTranslation('package');
  const { step, fraction, cancellable } = task.state;
  return (
    <ProgressDialog
      title={title}
      message={t(`step.${step}`)}
      fraction={fraction}
      {...(cancellable ? { onCancel: task.cancel } : {})}
    />
  );
}

const TONE_CLASS = { success: 'success-note', failure: 'field-error', info: undefined } as const;

// The end of a task: what happened, in one place, and a button that closes it.
export function ResultDialog({
  title,
  message,
  tone,
  onClose,
  children,
}: {
  title: string;
  message: string;
  tone: 'success' | 'failure' | 'info';
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('package');
  return (
    <ModalDialog title={title} onClose={onClose} className="package-result">
      <p role={tone === 'failure' ? 'alert' : 'status'} className={TONE_CLASS[tone]}>
        {message}
      </p>
      <div className="dialog-actions">
        {children}
        <button type="button" autoFocus onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

// A failed or cancelled task, in the user's words.
export function FailureDialog({
  title,
  failure,
  onClose,
}: {
  title: string;
  failure: TaskFailure;
  onClose: () => void;
}) {
  const { t } = useTranslation('package');
  return (
    <ResultDialog
      title={isCancelled(failure) ? t('result.cancelledTitle') : title}
      message={isCancelled(failure) ? t('result.cancelled') : failureMessage(failure, t)}
      tone={isCancelled(failure) ? 'info' : 'failure'}
      onClose={onClose}
    />
  );
}
