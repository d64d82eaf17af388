import { useTranslation } from 'react-i18next';
import type { Definition } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';

// Every chapter of the questionnaire, grouped by instrument, each with a checkbox.
export function ChapterChoice({
  definition,
  chosen,
  onChange,
  error,
}: {
  definition: Definition;
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset
      className="chapter-choice"
      aria-describedby={error ? 'handoff-chapters-error' : undefined}
    >
      <legend>{t('handoff.chapters')}</legend>
      {definition.instruments.map((instrument) => (
        <div key={instrument.id} className="chapter-choice__instrument">
          <p className="chapter-choice__title">{localize(instrument.shortTitle, language)}</p>
          <ul>
            {instrument.chapters.map((chapter) => (
              <li key={chapter.id}>
                <label className="check-option">
                  <input
                    type="checkbox"
                    checked={chosen.has(chapter.id)}
                    onChange={(e) => toggle(chapter.id, e.target.checked)}
                  />
                  <span>{localize(chapter.title, language)}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {error && (
        <p id="handoff-chapters-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
