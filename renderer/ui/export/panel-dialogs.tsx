import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { OpenedFile } from '../../host/host';
import type { Person } from '../../package';
import type { ReceivedHandoff } from '../../storage/handoff-receive';
import type { ImportRecord, SentHandoff } from '../../storage/handoffs';
import { useDatabase } from '../../storage/storage-context';
import type { AssessmentSession } from '../assessment/session';
import { ConfirmDialog } from '../common/confirm-dialog';
import { HandoffDialog } from '../contributions/handoff-dialog';
import { ImportDialog } from '../contributions/import-dialog';
import { ReceiveDialog, SendBackDialog } from '../contributions/receive-dialogs';
import { undoContribution } from '../contributions/undo-import';
import { ExportDialog } from './export-dialog';
import type { TaskFailure } from './failure';
import { FailureDialog } from './task-dialogs';
import { TaskRunDialog } from './task-run-dialog';

// Which dialog of the package panel is open; at most one at a time.
export type PanelDialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'export' }
  | { readonly kind: 'handoff' }
  | { readonly kind: 'import'; readonly file: OpenedFile }
  | { readonly kind: 'receive'; readonly file: OpenedFile }
  | { readonly kind: 'open-failed'; readonly failure: TaskFailure }
  | { readonly kind: 'send-back'; readonly record: ReceivedHandoff }
  | { readonly kind: 'confirm-undo'; readonly handoff: SentHandoff; readonly entry: ImportRecord }
  | { readonly kind: 'undo'; readonly handoff: SentHandoff; readonly entry: ImportRecord };

export function PanelDialogs({
  open,
  setOpen,
  session,
  host,
  me,
  now,
}: {
  open: PanelDialog;
  setOpen: (next: PanelDialog) => void;
  session: AssessmentSession;
  host: Host;
  me: Person;
  now: () => Date;
}) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const close = () => setOpen({ kind: 'none' });
  const common = { session, host, now, onClose: close };
  switch (open.kind) {
    case 'none':
      return null;
    case 'export':
      return <ExportDialog {...common} focalPoint={me} />;
    case 'handoff':
      return <HandoffDialog {...common} focalPoint={me} />;
    case 'import':
      return <ImportDialog session={session} file={open.file} onClose={close} />;
    case 'receive':
      return <ReceiveDialog session={session} file={open.file} onClose={close} />;
    case 'open-failed':
      return (
        <FailureDialog title={t('import.failedTitle')} failure={open.failure} onClose={close} />
      );
    case 'send-back':
      return <SendBackDialog {...common} record={open.record} me={me} />;
    case 'confirm-undo':
      return (
        <ConfirmDialog
          title={t('undo.title')}
          message={t('undo.message', { count: open.entry.changed.length })}
          confirmLabel={t('actions.undoImport')}
          onCancel={close}
          onConfirm={() => setOpen({ ...open, kind: 'undo' })}
        />
      );
    case 'undo': {
      const { handoff, entry } = open;
      return (
        <TaskRunDialog
          title={t('import.title')}
          failedTitle={t('import.undoFailedTitle')}
          work={(context) => undoContribution(context, db, handoff.id, entry.id)}
          describe={() => ({
            title: t('import.title'),
            tone: 'success',
            message: t('import.undone'),
          })}
          onClose={close}
        />
      );
    }
  }
}
