import type { ControlProps } from './control-props';
import { CharacterCount, joinIds } from './character-count';

export function ShortTextControl({
  question,
  value,
  onChange,
  ids,
  invalid,
}: ControlProps<'short-text'>) {
  const countId = `${ids.control}-count`;
  const text = value ?? '';
  return (
    <div className="text-control">
      <input
        type="text"
        id={ids.control}
        dir="auto"
        value={text}
        aria-labelledby={ids.label}
        aria-describedby={joinIds(ids.describedBy, question.maxLength !== undefined && countId)}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
      <CharacterCount id={countId} length={[...text].length} max={question.maxLength} />
    </div>
  );
}
