import { createContext, useContext, type ReactNode } from 'react';

// Which assessment the questions on screen belong to, so each can open its own history.
const HistoryContext = createContext<string | null>(null);

export function AnswerHistoryProvider(props: { assessmentId: string; children: ReactNode }) {
  return (
    <HistoryContext.Provider value={props.assessmentId}>{props.children}</HistoryContext.Provider>
  );
}

// null outside a fill screen (print, tests of a lone control): no history button there.
export function useHistoryAssessment(): string | null {
  return useContext(HistoryContext);
}
