import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import { useSettings } from '../../storage/hooks';
import type { AssessmentSession } from '../assessment/session';
import { HandoffList } from '../contributions/handoff-list';
import { classifyFailure } from './failure';
import { MAX_PACKAGE_FILE_BYTES, PACKAGE_FILTERS } from './file-name';
import { PanelDialogs, type PanelDialog } from './panel-dialogs';
import { useFocusReturn } from './use-focus-return';
import './package.css';

const systemNow = () => new Date();

// The response package section of the review screen: export for the secretariat, hand chapters
// to colleagues and bring their answers back (and undo that); or, for a colleague, open a
// hand-off and send the answers back.
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
  const settings = useSettings();
  const [open, setOpen] = useState<PanelDialog>({ kind: 'none' });
  const me = { name: settings?.userName ?? '', agency: settings?.agency ?? '' };
  const exportButton = useRef<HTMLButtonElement>(null);
  const rememberFocus = useFocusReturn(open.kind !== 'none', exportButton);
  const show = (next: PanelDialog) => {
    rememberFocus();
    setOpen(next);
  };

  const chooseFile = async (kind: 'import' | 'receive') => {
    rememberFocus();
    try {
      const file = await host.openFile(PACKAGE_FILTERS, MAX_PACKAGE_FILE_BYTES);
      if (file) setOpen({ kind, file });
    } catch (error) {
      // Too large, unreadable: said like any other refused file.
      setOpen({ kind: 'open-failed', failure: classifyFailure(error) });
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
        <button type="button" className="secondary" onClick={() => void chooseFile('import')}>
          {t('actions.import')}
        </button>
        <button type="button" className="secondary" onClick={() => void chooseFile('receive')}>
          {t('actions.receive')}
        </button>
      </div>
      <h3>{t('list.title')}</h3>
      <HandoffList
        assessmentId={session.assessment.id}
        onUndo={(handoff, entry) => show({ kind: 'confirm-undo', handoff, entry })}
        onSendBack={(record) => show({ kind: 'send-back', record })}
      />
      <PanelDialogs open={open} setOpen={setOpen} session={session} host={host} me={me} now={now} />
    </section>
  );
}
