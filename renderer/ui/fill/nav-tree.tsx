import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provision } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';
import { nodeStatus, provisionErrorCount, type EvaluatedState } from '../assessment/evaluated';
import type { Outline, OutlineChapter } from './outline';
import { ProgressCount, StatusMark } from './status-mark';

interface NavTreeProps {
  readonly outline: Outline;
  readonly state: EvaluatedState;
  readonly currentProvisionId: string | undefined;
  readonly onSelect: (provisionId: string) => void;
}

function provisionLabel(
  provision: Provision,
  title: string,
  articleText: (article: string) => string,
): string {
  return provision.article ? `${articleText(provision.article)} — ${title}` : title;
}

function ChapterNode({
  entry,
  state,
  currentProvisionId,
  onSelect,
}: Omit<NavTreeProps, 'outline'> & { entry: OutlineChapter }) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  const containsCurrent = entry.provisions.some((p) => p.id === currentProvisionId);
  const [open, setOpen] = useState(containsCurrent);
  const expanded = open || containsCurrent;
  const errors = entry.provisions.reduce((n, p) => n + provisionErrorCount(state, p), 0);
  const progress = state.progress(entry.chapter.id);
  const listId = `nav-${entry.chapter.id}`;
  return (
    <li className="nav-chapter">
      <button
        type="button"
        className="nav-chapter__toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        onClick={() => setOpen(!expanded)}
      >
        <StatusMark status={nodeStatus(progress, errors)} />
        <span className="nav-label">{localize(entry.chapter.title, language)}</span>
        <ProgressCount progress={progress} />
        <span
          className={expanded ? 'chevron chevron--down' : 'chevron chevron--end'}
          aria-hidden="true"
        />
      </button>
      {/* Collapsed chapters render nothing: a 5,000-question tree stays cheap to update. */}
      {expanded && (
        <ul id={listId} className="nav-provisions">
          {entry.provisions.map((provision) => {
            const current = provision.id === currentProvisionId;
            return (
              <li key={provision.id}>
                <button
                  type="button"
                  className="nav-provision"
                  aria-current={current ? 'page' : undefined}
                  onClick={() => onSelect(provision.id)}
                >
                  <StatusMark
                    status={nodeStatus(
                      state.progress(provision.id),
                      provisionErrorCount(state, provision),
                    )}
                  />
                  <span className="nav-label">
                    {provisionLabel(provision, localize(provision.title, language), (article) =>
                      t('article', { article }),
                    )}
                  </span>
                  <ProgressCount progress={state.progress(provision.id)} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

// Instrument → chapter → provision, with what is done and what is missing at each level.
export function NavTree({ outline, state, currentProvisionId, onSelect }: NavTreeProps) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  if (outline.provisions.length === 0) return <p className="muted">{t('nav.nothing')}</p>;
  return (
    <ul className="nav-tree">
      {outline.instruments.map(({ instrument, chapters }) => (
        <li key={instrument.id} className="nav-instrument">
          <h2 className="nav-instrument__title">
            <span>{localize(instrument.shortTitle, language)}</span>
            <ProgressCount progress={state.progress(instrument.id)} />
          </h2>
          <ul className="nav-chapters">
            {chapters.map((entry) => (
              <ChapterNode
                key={entry.chapter.id}
                entry={entry}
                state={state}
                currentProvisionId={currentProvisionId}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
