import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { OpenedFile } from '../../host/host';
import type { HandoffRecord, ImportRecord } from '../../storage/handoffs';
import { useSettings } from '../../storage/hooks';
import { useDatabase } from '../../storage/storage-context';
import type { AssessmentSession } from '../assessment/session';
import { HandoffDialog } from '../contributions/handoff-dialog';
import { HandoffList } from '../contributions/handoff-list';
import { ImportDialog } from '../contributions/import-dialog';
import { undoContribution } from '../contributions/undo-import';
import { ConfirmDialog } from '../common/confirm-dialog';
import { ExportDialog } from './export-dialog';
import { MAX_PACKAGE_FILE_BYTES, PACKAGE_FILTERS } from './file-name';
import { FailureDialog, ResultDialog, TaskProgress } from './task-dialogs';
import { useFocusReturn } from './use-focus-return';
import { useTask } from './use-task';
import './package.css';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'export' }
  | { readonly kind: 'handoff' }
  | { readonly kind: 'import'; readonly file: OpenedFile }
  | {
      readonly kind: 'confirm-undo';
      readonly handoff: HandoffRecord;
      readonly entry: ImportRecord;
    };

const systemNow = () => new Date();

// The response package section of the review screen: export for the secretariat, hand chapters
// to colleagues, bring their answers back (and undo that).
export function PackagePanel({
  session,
  host,
  now = systemNow,
}: {
  session: AssessmentSession;
  host: Host;
  now?: () => Date;
}) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const settings = useSettings();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const undo = useTask<ImportRecord>();
  const pick = useTask<null>();
  const focalPoint = { name: settings?.userName ?? '', agency: settings?.agency ?? '' };
  const exportButton = useRef<HTMLButtonElement>(null);
  const busy = open.kind !== 'none' || undo.state.kind !== 'idle' || pick.state.kind !== 'idle';
  const rememberFocus = useFocusReturn(busy, exportButton);
  const close = () => setOpen({ kind: 'none' });
  const show = (next: Open) => {
    rememberFocus();
    setOpen(next);
  };

  const chooseFile = async () => {
    rememberFocus();
    try {
      const file = await host.openFile(PACKAGE_FILTERS, MAX_PACKAGE_FILE_BYTES);
      if (file) setOpen({ kind: 'import', file });
    } catch (error) {
      // Too large, unreadable: shown like any other failed import.
      pick.run(() => Promise.reject(error instanceof Error ? error : new Error(String(error))));
    }
  };

  return (
    <section aria-labelledby="package-panel" className="package-panel">
      <h2 id="package-panel">{t('panel.title')}</h2>
      <p>{t('panel.intro')}</p>
      <div className="package-panel__actions">
        <button type="button" ref={exportButton} onClick={() => show({ kind: 'export' })}>
          {t('actions.export')}
        </button>
        <button type="button" className="secondary" onClick={() => show({ kind: 'handoff' })}>
          {t('actions.handoff')}
        </button>
        <button type="button" className="secondary" onClick={() => void chooseFile()}>
          {t('actions.import')}
        </button>
      </div>
      <h3>{t('list.title')}</h3>
      <HandoffList
        assessmentId={session.assessment.id}
        onUndo={(handoff, entry) => show({ kind: 'confirm-undo', handoff, entry })}
      />
      {open.kind === 'export' && (
        <ExportDialog
          session={session}
          host={host}
          focalPoint={focalPoint}
          now={now}
          onClose={close}
        />
      )}
      {open.kind === 'handoff' && (
        <HandoffDialog
          session={session}
          host={host}
          focalPoint={focalPoint}
          now={now}
          onClose={close}
        />
      )}
      {open.kind === 'import' && (
        <ImportDialog session={session} file={open.file} onClose={close} />
      )}
      {open.kind === 'confirm-undo' && (
        <ConfirmDialog
          title={t('undo.title')}
          message={t('undo.message', { count: open.entry.changed.length })}
          confirmLabel={t('actions.undoImport')}
          onCancel={close}
          onConfirm={() => {
            const { handoff, entry } = open;
            close();
            undo.run((context) => undoContribution(context, db, handoff.id, entry.id));
          }}
        />
      )}
      {undo.state.kind === 'running' && (
        <TaskProgress title={t('import.title')} task={{ ...undo, state: undo.state }} />
      )}
      {undo.state.kind === 'done' && (
        <ResultDialog
          title={t('import.title')}
          tone="success"
          message={t('import.undone')}
          onClose={undo.reset}
        />
      )}
      {undo.state.kind === 'failed' && (
        <FailureDialog
          title={t('import.undoFailedTitle')}
          failure={undo.state.failure}
          onClose={undo.reset}
        />
      )}
      {pick.state.kind === 'failed' && (
        <FailureDialog
          title={t('import.failedTitle')}
          failure={pick.state.failure}
          onClose={pick.reset}
        />
      )}
    </section>
  );
}
