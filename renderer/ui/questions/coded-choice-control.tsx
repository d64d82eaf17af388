import { useTranslation } from 'react-i18next';
import { COMPLIANCE_VALUES, YES_NO_VALUES } from '../../engine';
import type { ControlProps } from './control-props';
import { RadioGroup } from './radio-group';

// Answers from a fixed list of codes, labelled from locales/<lang>/questions.json.
function codedChoice<T extends 'compliance' | 'yes-no'>(values: readonly string[], labels: string) {
  return function CodedChoiceControl({ value, onChange, ids, invalid }: ControlProps<T>) {
    const { t } = useTranslation('questions');
    const options = values.map((v) => ({ value: v, label: t(`${labels}.${v}`) }));
    return (
      <RadioGroup
        options={options}
        value={value}
        onChange={(next) => onChange(next as ControlProps<T>['value'] & string)}
        ids={ids}
        invalid={invalid}
        variant="buttons"
      />
    );
  };
}

export const ComplianceControl = codedChoice<'compliance'>(COMPLIANCE_VALUES, 'compliance');
export const YesNoControl = codedChoice<'yes-no'>(YES_NO_VALUES, 'yesNo');
