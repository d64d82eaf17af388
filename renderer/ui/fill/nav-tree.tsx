import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provision } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';
import {
  nodeStatus,
  provisionErrorCount,
  type EvaluatedState,
  type NodeStatus,
  type Progress,
} from '../assessment/evaluated';
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

interface ProvisionSummary {
  readonly provision: Provision;
  readonly status: NodeStatus;
  readonly progress: Progress;
}

// What one chapter's row shows, as plain data: a chapter re-renders only when this changes, so a
// keystroke in a 5,000-question questionnaire redraws one row, not the whole tree.
interface ChapterSummary {
  readonly entry: OutlineChapter;
  readonly status: NodeStatus;
  readonly progress: Progress;
  readonly provisions: readonly ProvisionSummary[];
  readonly signature: string;
}

const progressKey = (p: Progress) => `${p.answered}/${p.total}/${p.requiredAnswered}/${p.required}`;

function summarize(entry: OutlineChapter, state: EvaluatedState): ChapterSummary {
  let errors = 0;
  const provisions = entry.provisions.map((provision) => {
    const count = provisionErrorCount(state, provision);
    errors += count;
    const progress = state.progress(provision.id);
    return { provision, progress, status: nodeStatus(progress, count) };
  });
  const progress = state.progress(entry.chapter.id);
  const status = nodeStatus(progress, errors);
  const signature = [
    entry.chapter.id,
    status,
    progressKey(progress),
    ...provisions.map((p) => `${p.provision.id}:${p.status}:${progressKey(p.progress)}`),
  ].join(' ');
  return { entry, status, progress, provisions, signature };
}

interface ChapterNodeProps {
  readonly summary: ChapterSummary;
  // Only when the current provision is in this chapter: moving elsewhere leaves the row alone.
  readonly currentProvisionId: string | undefined;
  readonly onSelect: (provisionId: string) => void;
}

const ChapterNode = memo(
  function ChapterNode({ summary, currentProvisionId, onSelect }: ChapterNodeProps) {
    const { t } = useTranslation('fill');
    const language = useLanguage();
    const { entry, status, progress, provisions } = summary;
    const containsCurrent = currentProvisionId !== undefined;
    const [open, setOpen] = useState(containsCurrent);
    const expanded = open || containsCurrent;
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
          <StatusMark status={status} />
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
            {provisions.map(({ provision, status: provisionStatus, progress: counts }) => {
              const current = provision.id === currentProvisionId;
              return (
                <li key={provision.id}>
                  <button
                    type="button"
                    className="nav-provision"
                    aria-current={current ? 'page' : undefined}
                    onClick={() => onSelect(provision.id)}
                  >
                    <StatusMark status={provisionStatus} />
                    <span className="nav-label">
                      {provisionLabel(provision, localize(provision.title, language), (article) =>
                        t('article', { article }),
                      )}
                    </span>
                    <ProgressCount progress={counts} />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </li>
    );
  },
  (before, after) =>
    before.summary.entry.chapter === after.summary.entry.chapter &&
    before.summary.signature === after.summary.signature &&
    before.currentProvisionId === after.currentProvisionId &&
    before.onSelect === after.onSelect,
);

// Instrument → chapter → provision, with what is done and what is missing at each level.
export const NavTree = memo(function NavTree({
  outline,
  state,
  currentProvisionId,
  onSelect,
}: NavTreeProps) {
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
                summary={summarize(entry, state)}
                currentProvisionId={
                  entry.provisions.some((p) => p.id === currentProvisionId)
                    ? currentProvisionId
                    : undefined
                }
                onSelect={onSelect}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
});
