import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OBLIGATIONS, type Definition, type Obligation } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';
import type { OutlineFilter } from './outline';

interface FilterBarProps {
  readonly definition: Definition;
  readonly filter: OutlineFilter;
  readonly onChange: (filter: OutlineFilter) => void;
}

function isObligation(value: string): value is Obligation {
  return (OBLIGATIONS as readonly string[]).includes(value);
}

export function FilterBar({ definition, filter, onChange }: FilterBarProps) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  const obligationId = useId();
  const themeId = useId();
  const themes = definition.themes ?? [];
  return (
    <div className="filter-bar" role="group" aria-label={t('filter.label')}>
      <div className="field">
        <label htmlFor={obligationId}>{t('filter.obligation')}</label>
        <select
          id={obligationId}
          value={filter.obligation}
          onChange={(e) =>
            onChange({
              ...filter,
              obligation: isObligation(e.target.value) ? e.target.value : 'all',
            })
          }
        >
          <option value="all">{t('filter.allObligations')}</option>
          {OBLIGATIONS.map((o) => (
            <option key={o} value={o}>
              {t(`obligation.${o}`)}
            </option>
          ))}
        </select>
      </div>
      {themes.length > 0 && (
        <div className="field">
          <label htmlFor={themeId}>{t('filter.theme')}</label>
          <select
            id={themeId}
            value={filter.theme}
            onChange={(e) => onChange({ ...filter, theme: e.target.value })}
          >
            <option value="all">{t('filter.allThemes')}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {localize(theme.title, language)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
