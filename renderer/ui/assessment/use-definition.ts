import { useEffect, useState } from 'react';
import { loadDefinition, type DefinitionLoad } from './load-definition';

export function useDefinition(
  questionnaireId: string | undefined,
  version?: string,
): DefinitionLoad | undefined {
  const [result, setResult] = useState<{ id: string; load: DefinitionLoad } | undefined>(undefined);
  useEffect(() => {
    if (questionnaireId === undefined) return;
    let live = true;
    void loadDefinition(questionnaireId, version).then((load) => {
      if (live) setResult({ id: questionnaireId, load });
    });
    return () => {
      live = false;
    };
  }, [questionnaireId, version]);
  return result && result.id === questionnaireId ? result.load : undefined;
}
