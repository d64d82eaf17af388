import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { errorIssues, type EvaluatedState } from '../assessment/evaluated';
import { useLanguage } from '../common/use-language';
import { BilingualText } from '../bilingual/bilingual-text';
import { QuestionFrame } from '../questions/question-frame';
import { CrossReferencePrompt, type CrossReference } from './cross-reference-prompt';
import type { DefinitionIndex, ProvisionPlace } from './outline';

interface ProvisionViewProps {
  readonly place: ProvisionPlace;
  readonly index: DefinitionIndex;
  readonly state: EvaluatedState;
  readonly answers: ReadonlyMap<string, AnswerValue>;
  readonly onAnswer: (questionId: string, value: AnswerValue | null) => void;
  // After the user has moved on from a provision (or came from review), missing answers are flagged too.
  readonly showRequired: boolean;
  readonly crossReferences: (questionId: string) => readonly CrossReference[];
  readonly onOpenLink: (url: string) => void;
}

// One provision at a time: its questions beside what the article requires and where to read more.
export function ProvisionView(props: ProvisionViewProps) {
  const { place, index, state, answers, onAnswer, showRequired, crossReferences, onOpenLink } =
    props;
  const { t } = useTranslation('fill');
  const language = useLanguage();
  const { provision, chapter, instrument } = place;
  const headingId = `provision-${provision.id}-title`;
  return (
    <article className="provision" aria-labelledby={headingId}>
      <header className="provision__header">
        <p className="breadcrumb">
          <span>{localize(instrument.shortTitle, language)}</span>
          <span className="chevron chevron--end" aria-hidden="true" />
          <span>{localize(chapter.title, language)}</span>
        </p>
        <h2 id={headingId} tabIndex={-1}>
          {provision.article && (
            <span className="provision__article">
              {t('article', { article: provision.article })}
            </span>
          )}
          <BilingualText text={provision.title} />
        </h2>
        {provision.obligation && (
          <p className={`obligation obligation--${provision.obligation}`}>
            {t(`obligation.${provision.obligation}`)}
          </p>
        )}
      </header>
      <div className="provision__body">
        <div className="provision__questions">
          {provision.questions
            .filter((q) => state.isVisible(q.id))
            .map((question) => {
              const value = answers.get(question.id);
              const issues = showRequired
                ? state.issues(question.id)
                : errorIssues(state, question.id);
              return (
                <QuestionFrame
                  key={question.id}
                  question={question}
                  value={value}
                  onChange={(next) => onAnswer(question.id, next)}
                  required={state.isRequired(question.id)}
                  issues={issues}
                  extra={
                    <CrossReferencePrompt
                      question={question}
                      value={value}
                      candidates={crossReferences(question.id)}
                      index={index}
                      onCopy={(copied) => onAnswer(question.id, copied)}
                    />
                  }
                />
              );
            })}
        </div>
        <aside className="provision__context" aria-label={t('context.label')}>
          <h3>{t('context.summary')}</h3>
          <p>
            <BilingualText text={provision.summary} />
          </p>
          {provision.guidance && provision.guidance.length > 0 && (
            <>
              <h3>{t('context.guidance')}</h3>
              <ul className="guidance-list">
                {provision.guidance.map((g) => (
                  <li key={g.url}>
                    <a
                      href={g.url}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpenLink(g.url);
                      }}
                    >
                      {localize(g.title, language)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
