import './bilingual.css';
import { direction } from '../../i18n/languages';
import { localize, type LocalizedText } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';
import { useAnswerLanguage } from './answer-language';

// Questionnaire text in the interface language, and beneath it in the answer language when the
// user writes answers in another one. The second text carries its own lang and dir.
export function BilingualText({ text }: { text: LocalizedText }) {
  const language = useLanguage();
  const { second } = useAnswerLanguage();
  return (
    <>
      <span>{localize(text, language)}</span>
      {second && (
        <span className="bilingual-second" lang={second} dir={direction(second)}>
          {localize(text, second)}
        </span>
      )}
    </>
  );
}
