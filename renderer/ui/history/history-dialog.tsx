import { useTranslation } from 'react-i18next';
import type { AnswerValue, Question } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useAnswerHistory } from '../../storage/hooks';
import type { ChangeKind, ChangeRecord } from '../../storage/records';
import { answerText } from '../answers/answer-text';
import { formatDateTime } from '../common/format-time';
import { ModalDialog } from '../common/modal-dialog';
import { isolate } from '../export/bidi';
import { useLanguage } from '../common/use-language';
import './history.css';

const KIND_KEYS: Record<ChangeKind, string> = {
  edit: 'history.kind.edit',
  undo: 'history.kind.undo',
  redo: 'history.kind.redo',
  conflict: 'history.kind.conflict',
  'carry-forward': 'history.kind.carryForward',
  restore: 'history.kind.restore',
  contribution: 'history.kind.contribution',
};

interface HistoryDialogProps {
  readonly assessmentId: string;
  readonly question: Question;
  readonly onClose: () => void;
}

// Every stored change of one answer, newest first: what kind, who, when, and old → new.
export function AnswerHistoryDialog({ assessmentId, question, onClose }: HistoryDialogProps) {
  const { t } = useTranslation(['durability', 'questions']);
  const language = useLanguage();
  const changes = useAnswerHistory(assessmentId, question.id);
  const text = (value: AnswerValue | null) =>
    value === null ? t('durability:history.empty') : answerText(question, value, language, t);
  const who = (change: ChangeRecord) => {
    const author = change.author || t('durability:history.unknownAuthor');
    return change.agency
      ? t('durability:history.who', { author: isolate(author), agency: isolate(change.agency) })
      : author;
  };
  return (
    <ModalDialog title={t('durability:history.title')} onClose={onClose} className="history">
      <p className="history__question" dir="auto">
        {localize(question.text, language)}
      </p>
      {changes === undefined ? (
        <p role="status">{t('durability:history.loading')}</p>
      ) : changes.length === 0 ? (
        <p>{t('durability:history.none')}</p>
      ) : (
        <>
          <p>{t('durability:history.count', { count: changes.length })}</p>
          <ol className="history__list">
            {changes.map((change) => (
              <li key={change.seq} className={`history__entry history__entry--${change.kind}`}>
                <p className="history__meta">
                  <strong>{t(`durability:${KIND_KEYS[change.kind]}`)}</strong>
                  <span>
                    <time dateTime={new Date(change.at).toISOString()}>
                      {formatDateTime(change.at, language)}
                    </time>
                  </span>
                  <span dir="auto">{who(change)}</span>
                </p>
                <dl className="history__values">
                  <dt>{t('durability:history.before')}</dt>
                  <dd dir="auto">{text(change.oldValue)}</dd>
                  <dt>{t('durability:history.after')}</dt>
                  <dd dir="auto">{text(change.newValue)}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" autoFocus onClick={onClose}>
          {t('durability:history.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
