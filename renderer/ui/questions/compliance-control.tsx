import { useTranslation } from 'react-i18next';
import { COMPLIANCE_VALUES } from '../../engine/definition';
import type { ControlProps } from './control-props';
import { RadioGroup } from './radio-group';

export function ComplianceControl({ value, onChange, ids, invalid }: ControlProps<'compliance'>) {
  const { t } = useTranslation('questions');
  const options = COMPLIANCE_VALUES.map((v) => ({ value: v, label: t(`compliance.${v}`) }));
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
