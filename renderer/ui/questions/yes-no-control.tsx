import { useTranslation } from 'react-i18next';
import { YES_NO_VALUES } from '../../engine/definition';
import type { ControlProps } from './control-props';
import { RadioGroup } from './radio-group';

export function YesNoControl({ value, onChange, ids, invalid }: ControlProps<'yes-no'>) {
  const { t } = useTranslation('questions');
  const options = YES_NO_VALUES.map((v) => ({ value: v, label: t(`yesNo.${v}`) }));
  return (
    <RadioGroup
      options={options}
      value={value}
      onChange={onChange}
      ids={ids}
      invalid={invalid}
      variant="buttons"
    />
  );
}
