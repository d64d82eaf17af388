import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../engine/definition';
import { useLanguage } from '../common/use-language';
import { searchDefinition } from './search';

interface SearchBoxProps {
  readonly definition: Definition;
  readonly isVisible: (id: string) => boolean;
  readonly onOpen: (provisionId: string, questionId: string | undefined) => void;
}

// Searches the questionnaire text in the interface language; a result jumps to its question.
export function SearchBox({ definition, isVisible, onOpen }: SearchBoxProps) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(
    () => searchDefinition(definition, language, deferred, isVisible),
    [definition, language, deferred, isVisible],
  );
  const active = deferred.trim().length >= 2;
  return (
    <div className="search-box" role="search">
      <label htmlFor={inputId}>{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        dir="auto"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <p className="visually-hidden" role="status">
        {active ? t('search.count', { count: hits.length }) : ''}
      </p>
      {active && hits.length > 0 && (
        <ul className="search-results">
          {hits.map((hit) => (
            <li key={`${hit.provisionId}/${hit.questionId ?? ''}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setQuery('');
                  onOpen(hit.provisionId, hit.questionId);
                }}
              >
                {hit.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      {active && hits.length === 0 && <p className="muted">{t('search.none')}</p>}
    </div>
  );
}
