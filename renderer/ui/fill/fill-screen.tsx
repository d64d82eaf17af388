import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import { createAttachmentStore } from '../assessment/attachment-store';
import type { AssessmentSession } from '../assessment/session';
import { AttachmentStoreContext } from '../questions/attachment-store';
import { AnswerHistoryProvider } from '../history/history-context';
import { FillHeader } from './fill-header';
import { FilterBar } from './filter-bar';
import { NavTree } from './nav-tree';
import { buildOutline, NO_FILTER, type OutlineFilter } from './outline';
import { Pager } from './pager';
import { ProvisionView } from './provision-view';
import { SearchBox } from './search-box';
import { useFillLocation } from './use-fill-location';

interface FillScreenProps {
  readonly session: AssessmentSession;
  readonly host: Host;
  readonly startQuestionId: string | undefined;
  // Save status and undo/redo, supplied by storage's autosave.
  readonly saveControls: ReactNode;
}

export function FillScreen({ session, host, startQuestionId, saveControls }: FillScreenProps) {
  const { t } = useTranslation('fill');
  const { definition, state, index } = session;
  const [filter, setFilter] = useState<OutlineFilter>(NO_FILTER);
  const isVisible = useCallback((id: string) => state.isVisible(id), [state]);
  const outline = useMemo(
    () => buildOutline(definition, isVisible, filter),
    [definition, isVisible, filter],
  );
  const location = useFillLocation(session, outline, startQuestionId);
  const lastFocused = useRef<string | undefined>(undefined);
  const attachments = useMemo(
    () => createAttachmentStore(session.assessment.id, host),
    [session.assessment.id, host],
  );

  return (
    <AttachmentStoreContext.Provider value={attachments}>
      <AnswerHistoryProvider assessmentId={session.assessment.id}>
        <div className="fill">
          <FillHeader session={session} saveControls={saveControls} />
          <div className="fill__layout">
            <nav className="fill__sidebar" aria-label={t('nav.label')}>
              <SearchBox definition={definition} isVisible={isVisible} onOpen={location.go} />
              <FilterBar definition={definition} filter={filter} onChange={setFilter} />
              <NavTree
                outline={outline}
                state={state}
                currentProvisionId={location.current?.provision.id}
                onSelect={location.go}
              />
            </nav>
            <div
              className="fill__content"
              onFocus={(event) => {
                const questionId = (event.target as HTMLElement).closest<HTMLElement>(
                  '[data-question-id]',
                )?.dataset['questionId'];
                if (!questionId || questionId === lastFocused.current || !location.current) return;
                lastFocused.current = questionId;
                session.setLocation({ provisionId: location.current.provision.id, questionId });
              }}
            >
              {location.current ? (
                <ProvisionView
                  key={location.current.provision.id}
                  place={location.current}
                  index={index}
                  state={state}
                  answers={session.answers}
                  onAnswer={session.setAnswer}
                  showRequired={location.visited.has(location.current.provision.id)}
                  crossReferences={session.crossReferences}
                  onOpenLink={(url) => void host.openExternal(url)}
                />
              ) : (
                <p>{t('nav.nothing')}</p>
              )}
              <Pager
                previous={location.previous}
                next={location.next}
                onGo={(id) => location.go(id)}
              />
            </div>
          </div>
        </div>
      </AnswerHistoryProvider>
    </AttachmentStoreContext.Provider>
  );
}
