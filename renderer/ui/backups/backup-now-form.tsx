import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../storage/records';

interface BackupNowFormProps {
  readonly assessments: readonly AssessmentRecord[];
  readonly busy: boolean;
  readonly label: string;
  readonly onBackUp: (assessment: AssessmentRecord) => void;
}

// Pick an assessment and back it up now (a download in the browser).
export function BackupNowForm({ assessments, busy, label, onBackUp }: BackupNowFormProps) {
  const { t } = useTranslation('durability');
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  if (assessments.length === 0) return <p>{t('backups.nothingToBackUp')}</p>;
  const selected = assessments.find((a) => a.id === chosen) ?? assessments[0];
  return (
    <form
      className="backups__now"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) onBackUp(selected);
      }}
    >
      <label htmlFor={selectId}>{t('backups.assessment')}</label>
      <select
        id={selectId}
        value={selected?.id}
        onChange={(e) => setChosen(e.target.value)}
        dir="auto"
      >
        {assessments.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy}>
        {label}
      </button>
    </form>
  );
}
