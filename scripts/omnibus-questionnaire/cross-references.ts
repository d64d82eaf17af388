// Provisions sharing a crossReference topic ask for the same information in different
// instruments: their compliance and examples questions point at each other.
import { provisionId } from './ids.ts';
import type { QuestionLinks } from './templates.ts';
import type { ProvisionSource } from './types.ts';

const NO_LINKS: QuestionLinks = { compliance: [], examples: [] };

export function crossReferenceLinks(
  sources: readonly ProvisionSource[],
): ReadonlyMap<string, QuestionLinks> {
  const links = new Map<string, QuestionLinks>();
  for (const source of sources) {
    const topic = source.crossReference;
    const others =
      topic === undefined
        ? []
        : sources.filter((o) => o.crossReference === topic && o.instrument !== source.instrument);
    const ids = others.map(provisionId);
    links.set(
      provisionId(source),
      ids.length === 0
        ? NO_LINKS
        : {
            compliance: ids.map((id) => `${id}-compliance`),
            examples: ids.map((id) => `${id}-examples`),
          },
    );
  }
  return links;
}
