import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import type { ConflictChoice as Choice, MergeConflict } from '../../package';
import { useLanguage } from '../common/use-language';
import { AnswerCard } from './answer-card';

// One conflicting answer: mine and theirs side by side, one of them to keep. No default, so
// nothing is overwritten by an unread Enter.
export function ConflictChoice({
  conflict,
  question,
  choice,
  onChoose,
  unresolved,
}: {
  conflict: MergeConflict;
  question: Question | undefined;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
  unresolved: boolean;
}) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const name = useId();
  const side = (which: Choice) => (
    <label className={`conflict__side${choice === which ? ' conflict__side--chosen' : ''}`}>
      <span className="conflict__heading">
        <input
          type="radio"
          name={name}
          value={which}
          checked={choice === which}
          onChange={() => onChoose(which)}
        />
        <span>{which === 'mine' ? t('review.keepMine') : t('review.takeTheirs')}</span>
      </span>
      <AnswerCard
        question={question}
        snapshot={which === 'mine' ? conflict.mine : conflict.theirs}
      />
    </label>
  );
  return (
    <fieldset className="conflict" data-question-id={conflict.questionId}>
      <legend dir="auto">
        {question ? localize(question.text, language) : conflict.questionId}
      </legend>
      {unresolved && <p className="field-error">{t('review.chooseOne')}</p>}
      <div className="conflict__sides">
        {side('mine')}
        {side('theirs')}
      </div>
    </fieldset>
  );
}
