import type { ControlProps } from './control-props';

// The native date field: its calendar and keyboard entry follow the system; the value is ISO.
export function DateControl({ question, value, onChange, ids, invalid }: ControlProps<'date'>) {
  return (
    <input
      type="date"
      id={ids.control}
      className="date-control"
      value={value ?? ''}
      min={question.min}
      max={question.max}
      aria-labelledby={ids.label}
      aria-describedby={ids.describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    />
  );
}
