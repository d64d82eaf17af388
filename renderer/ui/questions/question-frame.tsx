import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Question, QuestionType } from '../../engine/definition';
import type { Issue } from '../assessment/evaluated';
import { useLanguage } from '../common/use-language';
import { BilingualText } from '../bilingual/bilingual-text';
import { AnswerHistoryButton } from '../history/history-button';
import { joinIds } from './character-count';
import type { ControlProps } from './control-props';
import { CONTROLS } from './registry';

interface QuestionFrameProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly onChange: (value: AnswerValue | null) => void;
  readonly required: boolean;
  readonly issues: readonly Issue[];
  // Shown under the control, e.g. an offer to copy a related answer.
  readonly extra?: ReactNode;
}

export function questionDomId(questionId: string): string {
  return `question-${questionId}`;
}

// The question text, help, control and messages, wired together for assistive technology.
export function QuestionFrame({
  question,
  value,
  onChange,
  required,
  issues,
  extra,
}: QuestionFrameProps) {
  const { t } = useTranslation(['questions', 'validation']);
  const language = useLanguage();
  const base = questionDomId(question.id);
  const ids = {
    control: `${base}-control`,
    label: `${base}-label`,
    describedBy: joinIds(question.help && `${base}-help`, issues.length > 0 && `${base}-issues`),
  };
  // The registry is complete per type; the pairing of question and value is what TS cannot see.
  const Control = CONTROLS[question.type] as ComponentType<ControlProps<QuestionType>>;
  return (
    <div
      className={issues.length > 0 ? 'question question--invalid' : 'question'}
      id={base}
      data-question-id={question.id}
    >
      <p className="question__text" id={ids.label}>
        <BilingualText text={question.text} />
        {required && <span className="question__required">{t('questions:required')}</span>}
      </p>
      {question.help && (
        <p className="question__help" id={`${base}-help`}>
          <BilingualText text={question.help} />
        </p>
      )}
      <Control
        question={question}
        value={value}
        onChange={onChange}
        ids={ids}
        invalid={issues.length > 0}
        language={language}
      />
      <div id={`${base}-issues`} className="question__issues" aria-live="polite">
        {issues.map((issue) => (
          <p key={issue.code} className="field-error">
            {t(`validation:${issue.code}`, {
              ...issue.params,
              defaultValue: t('questions:invalid'),
            })}
          </p>
        ))}
      </div>
      {extra}
      <AnswerHistoryButton question={question} labelId={ids.label} />
    </div>
  );
}
