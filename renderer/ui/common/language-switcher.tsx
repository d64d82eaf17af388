import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS, isLanguage, LANGUAGES } from '../../i18n/languages';
import { saveLanguagePreference } from '../../i18n/preference';

// Each language is named in itself, so a user who cannot read the current one finds theirs.
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          saveLanguagePreference(next);
          void i18n.changeLanguage(next);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {ENDONYMS[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
