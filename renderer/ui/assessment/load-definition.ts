import { parseDefinition, type Definition } from '../../engine';
import { listBundledQuestionnaires } from '../../definitions/catalogue';

export type DefinitionLoad =
  | { readonly ok: true; readonly definition: Definition }
  | { readonly ok: false; readonly reason: 'not-found' | 'invalid'; readonly detail: string };

const cache = new Map<string, Promise<DefinitionLoad>>();

async function load(questionnaireId: string): Promise<DefinitionLoad> {
  const entry = (await listBundledQuestionnaires()).find((e) => e.id === questionnaireId);
  if (!entry) return { ok: false, reason: 'not-found', detail: questionnaireId };
  const parsed = parseDefinition(await entry.load());
  if (!parsed.ok) return { ok: false, reason: 'invalid', detail: parsed.errors[0]?.message ?? '' };
  return { ok: true, definition: parsed.definition };
}

// A bundled questionnaire by id, parsed once per session.
export function loadDefinition(questionnaireId: string): Promise<DefinitionLoad> {
  let pending = cache.get(questionnaireId);
  if (!pending) {
    pending = load(questionnaireId);
    cache.set(questionnaireId, pending);
  }
  return pending;
}
