import { useTranslation } from 'react-i18next';
import type { Citation } from '../../engine/definition';
import type { ControlProps } from './control-props';

const FIELDS = ['title', 'article', 'link', 'excerpt'] as const;
type Field = (typeof FIELDS)[number];

function update(list: readonly Citation[], index: number, field: Field, text: string): Citation[] {
  return list.map((item, i) => {
    if (i !== index) return item;
    const next: Citation = { ...item };
    if (field === 'title' || field === 'article') next[field] = text;
    else if (text === '') delete next[field];
    else next[field] = text;
    return next;
  });
}

// A list of laws cited, each with title, article, and optionally a link and an excerpt.
export function CitationsControl({ value, onChange, ids }: ControlProps<'citations'>) {
  const { t } = useTranslation('questions');
  const list = value ?? [];
  return (
    <div
      className="list-editor"
      role="group"
      aria-labelledby={ids.label}
      aria-describedby={ids.describedBy}
    >
      {list.length === 0 && <p className="muted">{t('citations.none')}</p>}
      <ol className="list-editor__items">
        {list.map((citation, index) => {
          const base = `${ids.control}-${index}`;
          return (
            <li key={index} className="list-editor__item">
              <fieldset>
                <legend>{t('citations.item', { number: index + 1 })}</legend>
                {FIELDS.map((field) => (
                  <div key={field} className="field">
                    <label htmlFor={`${base}-${field}`}>{t(`citations.${field}`)}</label>
                    {field === 'excerpt' ? (
                      <textarea
                        id={`${base}-${field}`}
                        dir="auto"
                        rows={3}
                        value={citation[field] ?? ''}
                        onChange={(e) => onChange(update(list, index, field, e.target.value))}
                      />
                    ) : (
                      <input
                        id={`${base}-${field}`}
                        type={field === 'link' ? 'url' : 'text'}
                        dir={field === 'link' ? 'ltr' : 'auto'}
                        value={citation[field] ?? ''}
                        onChange={(e) => onChange(update(list, index, field, e.target.value))}
                      />
                    )}
                  </div>
                ))}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    const next = list.filter((_, i) => i !== index);
                    onChange(next.length === 0 ? null : next);
                  }}
                >
                  {t('citations.remove', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={ids.control}
        className="secondary"
        onClick={() => onChange([...list, { title: '', article: '' }])}
      >
        {t('citations.add')}
      </button>
    </div>
  );
}
