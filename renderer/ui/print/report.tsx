import { useTranslation } from 'react-i18next';
import { direction, type Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';
import type { AssessmentSession } from '../assessment/session';
import { formatDate } from '../common/format-time';
import { countryName } from '../questions/countries';
import { AnswerBlock } from './answer-block';
import { reportChapters } from './report-scope';
import { TaMatrix, taRows } from './ta-matrix';

interface ReportProps {
  readonly session: AssessmentSession;
  readonly language: Language;
  readonly chapterId?: string;
  // Printed: cover page and contents; in review the answers alone.
  readonly withCover: boolean;
  readonly now: number;
}

// The whole assessment (or one chapter) written out in one language, ready for paper or PDF.
export function Report({ session, language, chapterId, withCover, now }: ReportProps) {
  const { t } = useTranslation(['print', 'fill', 'questions'], { lng: language });
  const { assessment, definition, state, answers } = session;
  const chapters = reportChapters(definition, state, chapterId);
  const progress = state.progress(chapterId ?? 'all');
  const matrix = taRows(chapters, state, answers, language, t);
  const single = chapterId !== undefined ? chapters[0] : undefined;
  return (
    <div className="report" lang={language} dir={direction(language)}>
      {withCover && (
        <section className="report__cover">
          <p className="report__kicker">{localize(definition.title, language)}</p>
          <p className="report__title" dir="auto">
            {assessment.title}
          </p>
          {single && <p className="report__subtitle">{localize(single.chapter.title, language)}</p>}
          <dl className="report__facts">
            {assessment.state !== '' && (
              <>
                <dt>{t('print:cover.state')}</dt>
                <dd>{countryName(assessment.state, language)}</dd>
              </>
            )}
            <dt>{t('print:cover.version')}</dt>
            <dd>{assessment.questionnaireVersion}</dd>
            <dt>{t('print:cover.status')}</dt>
            <dd>{t(`print:status.${assessment.status}`)}</dd>
            <dt>{t('print:cover.progress')}</dt>
            <dd>
              {t('fill:progress.count', { answered: progress.answered, total: progress.total })}
            </dd>
            <dt>{t('print:cover.printed')}</dt>
            <dd>{formatDate(now, language)}</dd>
          </dl>
        </section>
      )}
      {withCover && (
        <nav className="report__contents" aria-labelledby="report-contents">
          <h2 id="report-contents">{t('print:contents')}</h2>
          <ol>
            {chapters.map(({ instrument, chapter }) => (
              <li key={chapter.id}>
                <a href={`#report-${chapter.id}`}>
                  {`${localize(instrument.shortTitle, language)} — ${localize(chapter.title, language)}`}
                </a>
              </li>
            ))}
            <li>
              <a href="#report-ta">{t('print:ta.title')}</a>
            </li>
          </ol>
        </nav>
      )}
      {chapters.map(({ instrument, chapter, provisions }) => (
        <section
          key={chapter.id}
          className="report__chapter"
          id={`report-${chapter.id}`}
          aria-labelledby={`report-${chapter.id}-title`}
        >
          <h2 id={`report-${chapter.id}-title`}>
            {`${localize(instrument.shortTitle, language)} — ${localize(chapter.title, language)}`}
          </h2>
          {provisions.map((provision) => (
            <section
              key={provision.id}
              className="report__provision"
              aria-labelledby={`report-${provision.id}-title`}
            >
              <h3 id={`report-${provision.id}-title`}>
                {provision.article
                  ? `${t('fill:article', { article: provision.article })} — ${localize(provision.title, language)}`
                  : localize(provision.title, language)}
              </h3>
              {provision.obligation && (
                <p className="report__obligation">{t(`fill:obligation.${provision.obligation}`)}</p>
              )}
              <dl className="report__answers">
                {provision.questions
                  .filter((q) => state.isVisible(q.id))
                  .map((question) => (
                    <div key={question.id} className="report__qa">
                      <dt>{localize(question.text, language)}</dt>
                      <dd>
                        <AnswerBlock
                          question={question}
                          value={answers.get(question.id)}
                          language={language}
                          t={t}
                        />
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </section>
      ))}
      <section className="report__ta" id="report-ta" aria-labelledby="report-ta-title">
        <h2 id="report-ta-title">{t('print:ta.title')}</h2>
        <TaMatrix rows={matrix} t={t} />
      </section>
    </div>
  );
}
