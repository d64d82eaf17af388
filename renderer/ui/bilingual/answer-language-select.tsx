import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS, isLanguage, LANGUAGES } from '../../i18n/languages';
import { setAnswerLanguage, useChosenAnswerLanguage } from './answer-language';

// "I answer in …": shows the questionnaire in that language too, and records it on each answer.
export function AnswerLanguageSelect() {
  const { t } = useTranslation('bilingual');
  const chosen = useChosenAnswerLanguage();
  const id = useId();
  return (
    <div className="answer-language">
      <label htmlFor={id}>{t('answerLanguage.label')}</label>
      <select
        id={id}
        value={chosen ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.value;
          setAnswerLanguage(isLanguage(value) ? value : null);
        }}
      >
        <option value="">{t('answerLanguage.same')}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {ENDONYMS[lang]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted answer-language__hint">
        {t('answerLanguage.hint')}
      </p>
    </div>
  );
}
