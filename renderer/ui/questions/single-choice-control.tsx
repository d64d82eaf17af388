import { localize } from '../../i18n/localized';
import type { ControlProps } from './control-props';
import { RadioGroup } from './radio-group';

export function SingleChoiceControl({
  question,
  value,
  onChange,
  ids,
  invalid,
  language,
}: ControlProps<'single-choice'>) {
  const options = question.options.map((o) => ({
    value: o.id,
    label: localize(o.label, language),
  }));
  return (
    <RadioGroup options={options} value={value} onChange={onChange} ids={ids} invalid={invalid} />
  );
}
