import { useTranslation } from 'react-i18next';
import type { ControlProps } from './control-props';
import { countryNames } from './countries';

export function CountryControl({
  value,
  onChange,
  ids,
  invalid,
  language,
}: ControlProps<'country'>) {
  const { t } = useTranslation('questions');
  return (
    <select
      id={ids.control}
      className="country-control"
      value={value ?? ''}
      aria-labelledby={ids.label}
      aria-describedby={ids.describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{t('country.choose')}</option>
      {countryNames(language).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
