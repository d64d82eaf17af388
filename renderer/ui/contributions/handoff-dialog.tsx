import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { Person } from '../../package';
import { useDatabase } from '../../storage/storage-context';
import type { AssessmentSession } from '../assessment/session';
import { ModalDialog } from '../common/modal-dialog';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';
import { PersonFields } from '../export/person-fields';
import { FailureDialog, ResultDialog, TaskProgress } from '../export/task-dialogs';
import { useTask } from '../export/use-task';
import { ChapterChoice } from './chapter-choice';
import { exportHandoff, type HandoffOutcome } from './handoff-flow';

interface HandoffDialogProps {
  readonly session: AssessmentSession;
  readonly host: Host;
  readonly focalPoint: Person;
  readonly now: () => Date;
  readonly onClose: () => void;
}

// Hand chapters to a colleague in another agency: which chapters, to whom; then the package.
export function HandoffDialog({ session, host, focalPoint, now, onClose }: HandoffDialogProps) {
  const { t } = useTranslation('package');
  const db = useDatabase();
  const language = useLanguage();
  const task = useTask<HandoffOutcome>();
  const [chapters, setChapters] = useState<ReadonlySet<string>>(new Set());
  const [colleague, setColleague] = useState<Person>({ name: '', agency: '' });
  const [tried, setTried] = useState(false);
  const errors = {
    chapters: tried && chapters.size === 0 ? t('handoff.chaptersRequired') : undefined,
    name: tried && colleague.name.trim() === '' ? t('handoff.nameRequired') : undefined,
    agency: tried && colleague.agency.trim() === '' ? t('handoff.agencyRequired') : undefined,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    // Keyboard and screen-reader users land on the first thing to fix.
    const form = event.currentTarget;
    const [name, agency] = form.querySelectorAll<HTMLInputElement>('.person-fields input');
    const problems: [boolean, HTMLInputElement | null | undefined][] = [
      [chapters.size === 0, form.querySelector<HTMLInputElement>('.chapter-choice input')],
      [!colleague.name.trim(), name],
      [!colleague.agency.trim(), agency],
    ];
    const first = problems.find(([wrong]) => wrong);
    if (first) {
      first[1]?.focus();
      return;
    }
    const source = {
      db,
      assessment: session.assessment,
      definition: session.definition,
      focalPoint,
      language,
      now: now(),
    };
    // The questionnaire's order, whatever order the boxes were ticked in.
    const ordered = session.definition.instruments
      .flatMap((i) => i.chapters)
      .filter((c) => chapters.has(c.id))
      .map((c) => c.id);
    const to = { name: colleague.name.trim(), agency: colleague.agency.trim() };
    task.run((context) => exportHandoff(context, source, { chapters: ordered, to }, host));
  };

  const { state: run } = task;
  if (run.kind === 'running')
    return <TaskProgress title={t('handoff.progressTitle')} task={{ ...task, state: run }} />;
  if (run.kind === 'failed')
    return (
      <FailureDialog title={t('handoff.failedTitle')} failure={run.failure} onClose={onClose} />
    );
  if (run.kind === 'done')
    return (
      <ResultDialog
        title={run.result.kind === 'saved' ? t('handoff.doneTitle') : t('result.cancelledTitle')}
        tone={run.result.kind === 'saved' ? 'success' : 'info'}
        message={
          run.result.kind === 'saved'
            ? t('handoff.saved', {
                file: isolate(run.result.path ?? run.result.fileName),
                agency: isolate(colleague.agency.trim()),
              })
            : t('export.notSaved')
        }
        onClose={onClose}
      />
    );
  return (
    <ModalDialog title={t('handoff.title')} onClose={onClose} className="package-dialog">
      <form onSubmit={submit} noValidate>
        <p>{t('handoff.intro')}</p>
        <ChapterChoice
          definition={session.definition}
          chosen={chapters}
          onChange={setChapters}
          error={errors.chapters}
        />
        <PersonFields
          person={colleague}
          onChange={setColleague}
          labels={{
            group: t('handoff.colleague'),
            name: t('handoff.colleagueName'),
            agency: t('handoff.colleagueAgency'),
          }}
          errors={{
            ...(errors.name ? { name: errors.name } : {}),
            ...(errors.agency ? { agency: errors.agency } : {}),
          }}
        />
        <p className="muted">{t('handoff.notEncrypted')}</p>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit">{t('handoff.submit')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
