import { useTranslation } from 'react-i18next';
import type { AnswerValue, Question } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { answerText } from '../answers/answer-text';
import { useLanguage } from '../common/use-language';
import type { DefinitionIndex } from './outline';

export interface CrossReference {
  readonly questionId: string;
  readonly value: AnswerValue;
}

interface PromptProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly candidates: readonly CrossReference[];
  readonly index: DefinitionIndex;
  readonly onCopy: (value: AnswerValue) => void;
}

function sameValue(a: AnswerValue | undefined, b: AnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// The same question asked under another instrument: offer its answer, and say where it came from.
export function CrossReferencePrompt({ question, value, candidates, index, onCopy }: PromptProps) {
  const { t } = useTranslation(['fill', 'questions']);
  const language = useLanguage();
  if (candidates.length === 0) return null;
  return (
    <div className="cross-reference">
      {candidates.map((candidate) => {
        const place = index.provisions.get(
          index.questionToProvision.get(candidate.questionId) ?? '',
        );
        if (!place) return null;
        const where = t('fill:crossRef.where', {
          instrument: localize(place.instrument.shortTitle, language),
          provision: localize(place.provision.title, language),
        });
        if (sameValue(value, candidate.value)) {
          return (
            <p key={candidate.questionId} className="cross-reference__note">
              {t('fill:crossRef.same', { where })}
            </p>
          );
        }
        if (value !== undefined) return null;
        return (
          <div key={candidate.questionId} className="cross-reference__offer">
            <p>
              {t('fill:crossRef.offer', {
                where,
                answer: answerText(question, candidate.value, language, t),
              })}
            </p>
            <button type="button" className="secondary" onClick={() => onCopy(candidate.value)}>
              {t('fill:crossRef.copy')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
