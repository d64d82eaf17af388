import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { Person } from '../../package';
import type { AssessmentSession } from '../assessment/session';
import { ModalDialog } from '../common/modal-dialog';
import { useLanguage } from '../common/use-language';
import { useDatabase } from '../../storage/storage-context';
import { exportForSecretariat, type ExportOutcome } from './export-flow';
import { isolate } from './bidi';
import { PersonFields } from './person-fields';
import { FailureDialog, ResultDialog, TaskProgress } from './task-dialogs';
import { useTask } from './use-task';

interface ExportDialogProps {
  readonly session: AssessmentSession;
  readonly host: Host;
  readonly focalPoint: Person;
  readonly now: () => Date;
  readonly onClose: () => void;
}

// Export for the secretariat: who sends it, whether it is encrypted, then progress and result.
export function ExportDialog({ session, host, focalPoint, now, onClose }: ExportDialogProps) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const language = useLanguage();
  const task = useTask<ExportOutcome>();
  const [person, setPerson] = useState(focalPoint);
  const [encrypt, setEncrypt] = useState(true);
  const [tried, setTried] = useState(false);
  const encryptId = useId();
  const { definition, assessment, state } = session;
  const hasKey = definition.publicKey !== undefined;
  const missing = state.blockers().length;
  const nameError = tried && person.name.trim() === '' ? t('export.nameRequired') : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (person.name.trim() === '') {
      // Keyboard and screen-reader users land on the field to fix.
      event.currentTarget.querySelector<HTMLInputElement>('.person-fields input')?.focus();
      return;
    }
    const source = {
      db,
      assessment,
      definition,
      focalPoint: { name: person.name.trim(), agency: person.agency.trim() },
      language,
      encrypt: hasKey && encrypt,
      now: now(),
    };
    task.run((context) => exportForSecretariat(context, source, host));
  };

  const { state: run } = task;
  if (run.kind === 'running')
    return <TaskProgress title={t('export.progressTitle')} task={{ ...task, state: run }} />;
  if (run.kind === 'failed')
    return (
      <FailureDialog title={t('export.failedTitle')} failure={run.failure} onClose={onClose} />
    );
  if (run.kind === 'done') {
    const outcome = run.result;
    return outcome.kind === 'saved' ? (
      <ResultDialog
        title={t('export.doneTitle')}
        tone="success"
        message={[
          outcome.path
            ? t('export.savedTo', { path: isolate(outcome.path) })
            : t('export.saved', { file: isolate(outcome.fileName) }),
          outcome.encrypted ? t('export.sentEncrypted') : t('export.sentPlain'),
        ].join(' ')}
        onClose={onClose}
      />
    ) : (
      <ResultDialog
        title={t('result.cancelledTitle')}
        tone="info"
        message={t('export.notSaved')}
        onClose={onClose}
      />
    );
  }
  return (
    <ModalDialog title={t('export.title')} onClose={onClose} className="package-dialog">
      <form onSubmit={submit} noValidate>
        <p>{t('export.intro')}</p>
        <PersonFields
          person={person}
          onChange={setPerson}
          labels={{
            group: t('export.sender'),
            name: t('export.name'),
            agency: t('export.agency'),
          }}
          errors={nameError ? { name: nameError } : {}}
        />
        {hasKey ? (
          <div className="package-encryption">
            <label className="check-option" htmlFor={encryptId}>
              <input
                id={encryptId}
                type="checkbox"
                checked={encrypt}
                aria-describedby={`${encryptId}-note`}
                onChange={(e) => setEncrypt(e.target.checked)}
              />
              <span>{t('export.encrypt')}</span>
            </label>
            <p id={`${encryptId}-note`} className={encrypt ? 'muted' : 'field-error'}>
              {encrypt ? t('export.encryptedNote') : t('export.plainWarning')}
            </p>
          </div>
        ) : (
          <p className="package-encryption muted">{t('export.noKey')}</p>
        )}
        {missing > 0 && (
          <p className="package-warning">{t('export.missing', { count: missing })}</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit">{t('export.submit')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
