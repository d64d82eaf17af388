import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import type { AnswerSnapshot } from '../../package';
import { answerText } from '../answers/answer-text';
import { formatDateTime } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';

export function snapshotTime(snapshot: AnswerSnapshot): number {
  return typeof snapshot.updatedAt === 'number'
    ? snapshot.updatedAt
    : Date.parse(snapshot.updatedAt);
}

// "by Ana Díaz (Ministry of Justice), 15 Jan 2026, 09:30", or who is unknown.
export function byline(snapshot: AnswerSnapshot, language: Language, t: TFunction): string {
  const when = isolate(formatDateTime(snapshotTime(snapshot), language));
  const who = isolate(snapshot.author || t('package:review.unknownAuthor'));
  return snapshot.agency
    ? t('package:review.byAgency', { author: who, agency: isolate(snapshot.agency), time: when })
    : t('package:review.by', { author: who, time: when });
}

// One answer and who gave it, as shown side by side in a conflict.
export function AnswerCard({
  question,
  snapshot,
}: {
  question: Question | undefined;
  snapshot: AnswerSnapshot | null;
}) {
  const { t } = useTranslation(['package', 'questions']);
  const language = useLanguage();
  if (!snapshot)
    return <span className="answer-card__value muted">{t('package:review.noAnswer')}</span>;
  return (
    <>
      <span className="answer-card__value" dir="auto">
        {question
          ? answerText(question, snapshot.value, language, t)
          : JSON.stringify(snapshot.value)}
      </span>
      <span className="answer-card__by muted" dir="auto">
        {byline(snapshot, language, t)}
      </span>
    </>
  );
}
