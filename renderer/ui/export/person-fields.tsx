import { useId } from 'react';
import type { Person } from '../../package';

// Name and agency of a person, with the error shown under a field left empty that must not be.
export function PersonFields({
  person,
  onChange,
  labels,
  errors,
}: {
  person: Person;
  onChange: (person: Person) => void;
  labels: { readonly group: string; readonly name: string; readonly agency: string };
  errors: { readonly name?: string; readonly agency?: string };
}) {
  const ids = { name: useId(), agency: useId() };
  const field = (key: 'name' | 'agency') => {
    const error = errors[key];
    const errorId = `${ids[key]}-error`;
    return (
      <div className="field">
        <label htmlFor={ids[key]}>{labels[key]}</label>
        <input
          id={ids[key]}
          dir="auto"
          autoComplete={key === 'name' ? 'name' : 'organization'}
          value={person[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          maxLength={200}
          onChange={(e) => onChange({ ...person, [key]: e.target.value })}
        />
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <div className="person-fields" aria-label={labels.group} role="group">
      {field('name')}
      {field('agency')}
    </div>
  );
}
