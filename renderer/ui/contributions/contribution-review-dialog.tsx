import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition, Question } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import type { ConflictChoice as Choice } from '../../package';
import { ModalDialog } from '../common/modal-dialog';
import { formatDateTime } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';
import { AnswerCard } from './answer-card';
import { ConflictChoice } from './conflict-choice';
import type { ContributionReview } from './import-flow';

function questionsOf(definition: Definition): Map<string, Question> {
  return new Map(
    definition.instruments.flatMap((i) =>
      i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions.map((q) => [q.id, q]))),
    ),
  );
}

// The conflict screen: what the colleague's package would change, and, side by side, every
// answer both of them changed, for the focal point to decide question by question.
export function ContributionReviewDialog({
  review,
  definition,
  onApply,
  onCancel,
}: {
  review: ContributionReview;
  definition: Definition;
  onApply: (choices: Readonly<Record<string, Choice>>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const questions = useMemo(() => questionsOf(definition), [definition]);
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [tried, setTried] = useState(false);
  const { changes, conflicts } = review.merge;
  const open = conflicts.filter((c) => choices[c.questionId] === undefined);
  const text = (id: string) => {
    const question = questions.get(id);
    return question ? localize(question.text, language) : id;
  };

  const apply = () => {
    setTried(true);
    if (open.length === 0) onApply(choices);
  };

  return (
    <ModalDialog title={t('review.title')} onClose={onCancel} className="contribution-review">
      <p dir="auto">
        {t('review.from', {
          name: isolate(review.contributor.name || t('review.unknownAuthor')),
          agency: isolate(review.contributor.agency),
          time: isolate(formatDateTime(Date.parse(review.exportedAt), language)),
        })}
      </p>
      {review.alreadyImported && <p className="package-warning">{t('review.alreadyImported')}</p>}
      <section aria-labelledby="contribution-changes">
        <h3 id="contribution-changes">{t('review.changes', { count: changes.length })}</h3>
        {changes.length > 0 && (
          <ul className="contribution-changes">
            {changes.map((change) => (
              <li key={change.questionId}>
                <span className="contribution-changes__question" dir="auto">
                  {text(change.questionId)}
                </span>
                <AnswerCard question={questions.get(change.questionId)} snapshot={change.after} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contribution-conflicts">
        <h3 id="contribution-conflicts">{t('review.conflicts', { count: conflicts.length })}</h3>
        {conflicts.length > 0 && <p>{t('review.conflictsIntro')}</p>}
        {conflicts.map((conflict) => (
          <ConflictChoice
            key={conflict.questionId}
            conflict={conflict}
            question={questions.get(conflict.questionId)}
            choice={choices[conflict.questionId]}
            unresolved={tried && choices[conflict.questionId] === undefined}
            onChoose={(choice) => setChoices({ ...choices, [conflict.questionId]: choice })}
          />
        ))}
      </section>
      {tried && open.length > 0 && (
        <p role="alert" className="field-error">
          {t('review.stillOpen', { count: open.length })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('review.cancel')}
        </button>
        <button type="button" onClick={apply}>
          {t('review.apply')}
        </button>
      </div>
    </ModalDialog>
  );
}
