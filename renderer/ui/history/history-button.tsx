import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../engine/definition';
import { useHistoryAssessment } from './history-context';
import { AnswerHistoryDialog } from './history-dialog';

// "History" beside each question on the fill screen: a plain button, so Tab reaches it.
export function AnswerHistoryButton({
  question,
  labelId,
}: {
  question: Question;
  labelId: string;
}) {
  const { t } = useTranslation('durability');
  const assessmentId = useHistoryAssessment();
  const [open, setOpen] = useState(false);
  if (!assessmentId) return null;
  return (
    <>
      <button
        type="button"
        className="link-button history-button"
        aria-describedby={labelId}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('history.open')}
      </button>
      {open && (
        <AnswerHistoryDialog
          assessmentId={assessmentId}
          question={question}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
