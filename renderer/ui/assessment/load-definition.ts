import type { Definition } from '../../engine';
import { getDatabase } from '../../storage/database';
import { listAvailable } from '../questionnaires/catalogue';

export type DefinitionLoad =
  | { readonly ok: true; readonly definition: Definition }
  | { readonly ok: false; readonly reason: 'not-found' | 'invalid'; readonly detail: string };

const cache = new Map<string, Promise<DefinitionLoad>>();

async function load(questionnaireId: string, version?: string): Promise<DefinitionLoad> {
  const { entries } = await listAvailable(getDatabase());
  const entry =
    entries.find((e) => e.id === questionnaireId && e.version === version) ??
    entries.find((e) => e.id === questionnaireId);
  if (!entry) return { ok: false, reason: 'not-found', detail: questionnaireId };
  // Checked once per session (the catalogue keeps the result): opening parses nothing twice.
  const checked = await entry.check();
  if (!checked.ok)
    return { ok: false, reason: 'invalid', detail: checked.errors[0]?.message ?? '' };
  return { ok: true, definition: checked.definition };
}

// A shipped or opened questionnaire by id (the given version when there), parsed once per session.
export function loadDefinition(questionnaireId: string, version?: string): Promise<DefinitionLoad> {
  const key = `${questionnaireId}@${version ?? ''}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = load(questionnaireId, version);
    cache.set(key, pending);
    // A questionnaire not found now may be opened from a file later in this session.
    void pending.then((result) => result.ok || cache.delete(key));
  }
  return pending;
}
