import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import { joinIds } from './character-count';
import type { ControlProps } from './control-props';
import { formatNumber, parseLocalizedNumber } from './parse-number';

export function NumberControl({
  question,
  value,
  onChange,
  ids,
  invalid,
  language,
}: ControlProps<'number'>) {
  const { t } = useTranslation('questions');
  // What the user typed, kept while it is being edited so "1," is not rewritten under the cursor.
  const [draft, setDraft] = useState<string | null>(null);
  const unitId = `${ids.control}-unit`;
  const problemId = `${ids.control}-problem`;
  const text = draft ?? (value === undefined ? '' : formatNumber(value, language));
  const parsed = draft === null ? (value ?? null) : parseLocalizedNumber(draft, language);
  const unreadable = draft !== null && draft.trim() !== '' && parsed === null;
  const notWhole = question.integer === true && parsed !== null && !Number.isInteger(parsed);
  return (
    <div className="number-control">
      <div className="number-control__row">
        <input
          type="text"
          inputMode={question.integer === true ? 'numeric' : 'decimal'}
          id={ids.control}
          value={text}
          aria-labelledby={ids.label}
          aria-describedby={joinIds(
            ids.describedBy,
            question.unit && unitId,
            (unreadable || notWhole) && problemId,
          )}
          aria-invalid={invalid || unreadable || notWhole || undefined}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (next.trim() === '') return onChange(null);
            const number = parseLocalizedNumber(next, language);
            if (number !== null) onChange(number);
          }}
          onBlur={() => {
            if (!unreadable) setDraft(null);
          }}
        />
        {question.unit && (
          <span id={unitId} className="unit">
            {localize(question.unit, language)}
          </span>
        )}
      </div>
      {(unreadable || notWhole) && (
        <p id={problemId} className="field-error" role="alert">
          {unreadable ? t('number.unreadable') : t('number.notWhole')}
        </p>
      )}
    </div>
  );
}
