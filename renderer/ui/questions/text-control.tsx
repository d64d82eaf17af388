import type { QuestionOf } from '../../engine';
import { CharacterCount, joinIds } from './character-count';
import type { ControlProps } from './control-props';

type TextQuestion = QuestionOf<'short-text'> | QuestionOf<'long-text'>;

// One line or several; typed text keeps its own direction (dir="auto") whatever the interface.
function TextControl({
  question,
  value,
  onChange,
  ids,
  invalid,
}: ControlProps<TextQuestion['type']>) {
  const countId = `${ids.control}-count`;
  const text = value ?? '';
  const shared = {
    id: ids.control,
    dir: 'auto',
    value: text,
    'aria-labelledby': ids.label,
    'aria-describedby': joinIds(ids.describedBy, question.maxLength !== undefined && countId),
    'aria-invalid': invalid || undefined,
    onChange: (event: { target: { value: string } }) =>
      onChange(event.target.value === '' ? null : event.target.value),
  };
  return (
    <div className="text-control">
      {question.type === 'long-text' ? (
        <textarea rows={6} {...shared} />
      ) : (
        <input type="text" {...shared} />
      )}
      <CharacterCount id={countId} length={[...text].length} max={question.maxLength} />
    </div>
  );
}

export const ShortTextControl = TextControl as (
  props: ControlProps<'short-text'>,
) => ReturnType<typeof TextControl>;
export const LongTextControl = TextControl as (
  props: ControlProps<'long-text'>,
) => ReturnType<typeof TextControl>;
