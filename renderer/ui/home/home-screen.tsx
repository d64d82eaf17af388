import { useFocusOnMount } from '../common/use-focus-on-mount';
import { useNow } from '../common/use-now';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import { localize } from '../../i18n/localized';
import { useAssessments } from '../../storage/hooks';
import type { AssessmentRecord } from '../../storage/records';
import { ConfirmDialog } from '../common/confirm-dialog';
import { Toast } from '../common/toast';
import { useLanguage } from '../common/use-language';
import { useRouter } from '../router/router';
import { AssessmentCard, type CardAction } from './assessment-card';
import { AssessmentProgress } from './assessment-progress';
import { CreateAssessmentDialog } from './create-assessment-dialog';
import { RenameDialog } from './rename-dialog';
import { useHomeActions } from './use-home-actions';
import { useCatalogue } from '../questionnaires/catalogue';
import { InvalidQuestionnaires } from '../questionnaires/invalid-questionnaires';
import { OpenQuestionnaireButton } from '../questionnaires/open-questionnaire';

type Dialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'rename' | 'duplicate' | 'delete'; readonly assessment: AssessmentRecord };

export function HomeScreen({ host }: { host: Host }) {
  const { t } = useTranslation('home');
  const { t: tDurability } = useTranslation('durability');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const language = useLanguage();
  const { navigate } = useRouter();
  const assessments = useAssessments();
  const actions = useHomeActions();
  const available = useCatalogue();
  const catalogue = available?.entries ?? [];
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [toast, setToast] = useState<{ message: string; undoId?: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const now = useNow();
  const close = () => setDialog({ kind: 'none' });
  const dismissToast = useCallback(() => setToast(null), []);

  const run = (work: () => Promise<unknown>) => {
    setProblem(null);
    work().catch((error: unknown) => setProblem(t('problem', { message: String(error) })));
  };
  const title = (record: AssessmentRecord) => {
    const entry = catalogue.find((e) => e.id === record.questionnaireId);
    return entry ? localize(entry.title, language) : record.questionnaireId;
  };
  const onAction = (assessment: AssessmentRecord, action: CardAction) => {
    if (action === 'open') navigate({ kind: 'fill', assessmentId: assessment.id });
    else setDialog({ kind: action, assessment });
  };

  return (
    <section aria-labelledby="home-title" className="home">
      <div className="screen-header">
        <div className="screen-header__titles">
          <h1 id="home-title" tabIndex={-1} ref={heading}>
            {t('title')}
          </h1>
          <p>{t('intro')}</p>
        </div>
        <div className="screen-header__actions">
          <button type="button" onClick={() => setDialog({ kind: 'create' })}>
            {t('create.open')}
          </button>
          <button type="button" className="secondary" onClick={() => navigate({ kind: 'backups' })}>
            {tDurability('backups.open')}
          </button>
          <OpenQuestionnaireButton host={host} onOpened={(message) => setToast({ message })} />
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {assessments !== undefined && assessments.length === 0 && (
        <p className="empty-state">{t('empty')}</p>
      )}
      <ul className="assessment-list">
        {assessments?.map((assessment) => (
          <AssessmentCard
            key={assessment.id}
            assessment={assessment}
            questionnaireTitle={title(assessment)}
            progress={<AssessmentProgress assessment={assessment} />}
            now={now}
            onAction={(action) => onAction(assessment, action)}
          />
        ))}
      </ul>
      <InvalidQuestionnaires items={available?.invalid ?? []} />
      {dialog.kind === 'create' && (
        <CreateAssessmentDialog
          onClose={close}
          onCreate={(input) =>
            run(async () => {
              const record = await actions.create(input);
              close();
              navigate({ kind: 'fill', assessmentId: record.id });
            })
          }
        />
      )}
      {dialog.kind === 'rename' && (
        <RenameDialog
          title={dialog.assessment.title}
          heading={t('rename.title')}
          submitLabel={t('rename.submit')}
          onClose={close}
          onSubmit={(name) =>
            run(async () => (await actions.rename(dialog.assessment.id, name), close()))
          }
        />
      )}
      {dialog.kind === 'duplicate' && (
        <RenameDialog
          title={t('duplicate.defaultName', { title: dialog.assessment.title })}
          heading={t('duplicate.title')}
          submitLabel={t('duplicate.submit')}
          onClose={close}
          onSubmit={(name) =>
            run(async () => {
              await actions.duplicate(dialog.assessment.id, name);
              close();
              setToast({ message: t('duplicate.done', { title: name }) });
            })
          }
        />
      )}
      {dialog.kind === 'delete' && (
        <ConfirmDialog
          title={t('delete.title')}
          message={t('delete.message', { title: dialog.assessment.title })}
          confirmLabel={t('delete.confirm')}
          onCancel={close}
          onConfirm={() =>
            run(async () => {
              await actions.remove(dialog.assessment.id);
              close();
              setToast({
                message: t('delete.done', { title: dialog.assessment.title }),
                undoId: dialog.assessment.id,
              });
            })
          }
        />
      )}
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.undoId ? t('delete.undo') : undefined}
          onAction={() => {
            const id = toast.undoId;
            setToast(null);
            if (id) run(() => actions.restore(id));
          }}
          onDismiss={dismissToast}
        />
      )}
    </section>
  );
}
