import { useTranslation } from 'react-i18next';
import {
  TA_PRIORITIES,
  TA_TYPES,
  YES_NO_VALUES,
  type TechnicalAssistanceAnswer,
} from '../../engine/definition';
import type { ControlProps } from './control-props';
import { RadioGroup } from './radio-group';

// Whether the State needs assistance for this provision, of which kinds and how urgently.
export function TechnicalAssistanceControl({
  value,
  onChange,
  ids,
  invalid,
}: ControlProps<'technical-assistance'>) {
  const { t } = useTranslation('questions');
  const set = (patch: Partial<TechnicalAssistanceAnswer>) =>
    onChange({ need: 'yes', types: [], ...value, ...patch });
  const priorityLabel = `${ids.control}-priority-label`;
  const typesLabel = `${ids.control}-types-label`;
  return (
    <div className="ta-block">
      <RadioGroup
        options={YES_NO_VALUES.map((v) => ({ value: v, label: t(`ta.need.${v}`) }))}
        value={value?.need}
        onChange={(need) => (need === null ? onChange(null) : set({ need }))}
        ids={ids}
        invalid={invalid}
        variant="buttons"
      />
      {value?.need === 'yes' && (
        <div className="ta-block__details">
          <p id={typesLabel} className="sub-label">
            {t('ta.typesLabel')}
          </p>
          <div
            role="group"
            aria-labelledby={typesLabel}
            className="checkbox-list checkbox-list--columns"
          >
            {TA_TYPES.map((type) => (
              <label key={type} className="check-option">
                <input
                  type="checkbox"
                  checked={value.types.includes(type)}
                  onChange={(event) =>
                    set({
                      types: event.target.checked
                        ? [...value.types, type]
                        : value.types.filter((x) => x !== type),
                      ...(type === 'other' && !event.target.checked
                        ? { otherType: undefined }
                        : {}),
                    })
                  }
                />
                <span>{t(`ta.type.${type}`)}</span>
              </label>
            ))}
          </div>
          {value.types.includes('other') && (
            <div className="field">
              <label htmlFor={`${ids.control}-other`}>{t('ta.otherType')}</label>
              <input
                id={`${ids.control}-other`}
                type="text"
                dir="auto"
                value={value.otherType ?? ''}
                onChange={(e) => set({ otherType: e.target.value })}
              />
            </div>
          )}
          <p id={priorityLabel} className="sub-label">
            {t('ta.priorityLabel')}
          </p>
          <RadioGroup
            options={TA_PRIORITIES.map((p) => ({ value: p, label: t(`ta.priority.${p}`) }))}
            value={value.priority}
            onChange={(priority) => set({ priority: priority ?? undefined })}
            ids={{
              control: `${ids.control}-priority`,
              label: priorityLabel,
              describedBy: undefined,
            }}
            invalid={false}
            variant="buttons"
          />
          <div className="field">
            <label htmlFor={`${ids.control}-description`}>{t('ta.description')}</label>
            <textarea
              id={`${ids.control}-description`}
              dir="auto"
              rows={4}
              value={value.description ?? ''}
              onChange={(e) =>
                set({ description: e.target.value === '' ? undefined : e.target.value })
              }
            />
          </div>
        </div>
      )}
    </div>
  );
}
