import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import type { MultipleChoiceAnswer } from '../../engine/definition';
import type { ControlProps } from './control-props';

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
}

// An empty selection with no "other" is no answer at all.
function normalize(answer: MultipleChoiceAnswer): MultipleChoiceAnswer | null {
  return answer.selected.length === 0 && answer.other === undefined ? null : answer;
}

export function MultipleChoiceControl({
  question,
  value,
  onChange,
  ids,
  invalid,
  language,
}: ControlProps<'multiple-choice'>) {
  const { t } = useTranslation('questions');
  const selected = value?.selected ?? [];
  const other = value?.other;
  const otherId = `${ids.control}-other`;
  return (
    <div
      role="group"
      aria-labelledby={ids.label}
      aria-describedby={ids.describedBy}
      className="checkbox-list"
    >
      {question.options.map((option, index) => (
        <label key={option.id} className="check-option">
          <input
            type="checkbox"
            id={index === 0 ? ids.control : undefined}
            checked={selected.includes(option.id)}
            aria-invalid={invalid || undefined}
            onChange={(event) =>
              onChange(
                normalize({ selected: toggle(selected, option.id, event.target.checked), other }),
              )
            }
          />
          <span>{localize(option.label, language)}</span>
        </label>
      ))}
      {question.allowOther === true && (
        <>
          <label className="check-option">
            <input
              type="checkbox"
              checked={other !== undefined}
              onChange={(event) =>
                onChange(normalize({ selected, other: event.target.checked ? '' : undefined }))
              }
            />
            <span>{t('choice.other')}</span>
          </label>
          {other !== undefined && (
            <div className="other-field">
              <label htmlFor={otherId}>{t('choice.otherSpecify')}</label>
              <input
                id={otherId}
                type="text"
                dir="auto"
                value={other}
                onChange={(event) => onChange({ selected, other: event.target.value })}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
