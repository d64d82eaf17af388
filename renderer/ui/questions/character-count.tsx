import { useTranslation } from 'react-i18next';

// "12 characters left": read with the field (aria-describedby), announced only near the limit.
export function CharacterCount({
  id,
  length,
  max,
}: {
  id: string;
  length: number;
  max: number | undefined;
}) {
  const { t } = useTranslation('questions');
  if (max === undefined) return null;
  const left = max - length;
  return (
    <p
      id={id}
      className={left < 0 ? 'char-count char-count--over' : 'char-count'}
      aria-live={left <= 20 ? 'polite' : 'off'}
    >
      {left >= 0 ? t('text.left', { count: left }) : t('text.over', { count: -left })}
    </p>
  );
}

export function joinIds(...ids: (string | undefined | false)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
