import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import { ModalDialog } from '../common/modal-dialog';
import { useLanguage } from '../common/use-language';
import { useCatalogue } from '../questionnaires/catalogue';
import { countryNames } from '../questions/countries';

export interface NewAssessmentInput {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  readonly title: string;
  readonly state: string;
}

interface CreateAssessmentDialogProps {
  readonly onCreate: (input: NewAssessmentInput) => void;
  readonly onClose: () => void;
}

// Questionnaire, title and State; which instruments follow is decided later by the profile chapter.
export function CreateAssessmentDialog({ onCreate, onClose }: CreateAssessmentDialogProps) {
  const { t } = useTranslation('home');
  const language = useLanguage();
  const entries = useCatalogue()?.entries ?? [];
  // Chosen as `id@version`: a newer version opened from a file stands beside the shipped one.
  const [chosen, setChosen] = useState('');
  const key = (e: { id: string; version: string }) => `${e.id}@${e.version}`;
  const fallback = entries.find((e) => e.id !== 'sample') ?? entries[0];
  const selected = chosen || (fallback ? key(fallback) : '');
  const [title, setTitle] = useState('');
  const [state, setState] = useState('');
  const [problem, setProblem] = useState(false);
  const ids = { questionnaire: useId(), title: useId(), state: useId(), problem: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = entries.find((e) => key(e) === selected);
    if (!entry || title.trim() === '') {
      setProblem(true);
      return;
    }
    onCreate({
      questionnaireId: entry.id,
      questionnaireVersion: entry.version,
      title: title.trim(),
      state,
    });
  };

  return (
    <ModalDialog title={t('create.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('create.intro')}</p>
        <div className="field">
          <label htmlFor={ids.questionnaire}>{t('create.questionnaire')}</label>
          <select
            id={ids.questionnaire}
            value={selected}
            onChange={(e) => setChosen(e.target.value)}
          >
            {entries.map((entry) => (
              <option key={key(entry)} value={key(entry)}>
                {t('create.questionnaireOption', {
                  title: localize(entry.title, language),
                  version: entry.version,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.title}>{t('create.name')}</label>
          <input
            id={ids.title}
            type="text"
            dir="auto"
            value={title}
            required
            aria-invalid={problem && title.trim() === ''}
            aria-describedby={problem && title.trim() === '' ? ids.problem : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {problem && title.trim() === '' && (
            <p id={ids.problem} className="field-error" role="alert">
              {t('create.nameMissing')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.state}>{t('create.state')}</label>
          <select id={ids.state} value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t('create.stateLater')}</option>
            {countryNames(language).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('create.cancel')}
          </button>
          <button type="submit">{t('create.submit')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
