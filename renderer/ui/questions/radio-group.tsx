import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlIds } from './control-props';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface RadioGroupProps<V extends string> {
  readonly options: readonly RadioOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V | null) => void;
  readonly ids: ControlIds;
  readonly invalid: boolean;
  readonly variant?: 'buttons' | 'list';
}

// Native radios (arrow keys move between them) styled as a row of buttons or a list.
export function RadioGroup<V extends string>({
  options,
  value,
  onChange,
  ids,
  invalid,
  variant = 'list',
}: RadioGroupProps<V>) {
  const { t } = useTranslation('questions');
  const name = useId();
  return (
    <div className={`radio-group radio-group--${variant}`}>
      <div
        role="radiogroup"
        aria-labelledby={ids.label}
        aria-describedby={ids.describedBy}
        aria-invalid={invalid || undefined}
        className="radio-group__options"
      >
        {options.map((option, index) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              id={index === 0 ? ids.control : undefined}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {value !== undefined && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t('clear')}
        </button>
      )}
    </div>
  );
}
