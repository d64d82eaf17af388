import type {
  Chapter,
  Definition,
  Instrument,
  Obligation,
  Provision,
} from '../../engine/definition';

export interface OutlineFilter {
  readonly obligation: Obligation | 'all';
  // A theme id, or 'all'.
  readonly theme: string;
}

export const NO_FILTER: OutlineFilter = { obligation: 'all', theme: 'all' };

export interface OutlineChapter {
  readonly chapter: Chapter;
  readonly provisions: readonly Provision[];
}

export interface OutlineInstrument {
  readonly instrument: Instrument;
  readonly chapters: readonly OutlineChapter[];
}

export interface Outline {
  readonly instruments: readonly OutlineInstrument[];
  // Visible provisions in reading order, for previous / next.
  readonly provisions: readonly Provision[];
}

function matches(provision: Provision, filter: OutlineFilter): boolean {
  // General chapters (profile, closing) have no obligation and stay visible under every filter.
  if (
    filter.obligation !== 'all' &&
    provision.obligation !== undefined &&
    provision.obligation !== filter.obligation
  ) {
    return false;
  }
  if (
    filter.theme !== 'all' &&
    provision.obligation !== undefined &&
    !(provision.themes ?? []).includes(filter.theme)
  ) {
    return false;
  }
  return true;
}

// The part of the questionnaire the user sees: what the answers make visible, narrowed by filters.
export function buildOutline(
  definition: Definition,
  isVisible: (id: string) => boolean,
  filter: OutlineFilter = NO_FILTER,
): Outline {
  const provisions: Provision[] = [];
  const instruments: OutlineInstrument[] = [];
  for (const instrument of definition.instruments) {
    if (!isVisible(instrument.id)) continue;
    const chapters: OutlineChapter[] = [];
    for (const chapter of instrument.chapters) {
      if (!isVisible(chapter.id)) continue;
      const shown = chapter.provisions.filter((p) => isVisible(p.id) && matches(p, filter));
      if (shown.length === 0) continue;
      chapters.push({ chapter, provisions: shown });
      provisions.push(...shown);
    }
    if (chapters.length > 0) instruments.push({ instrument, chapters });
  }
  return { instruments, provisions };
}

export interface ProvisionPlace {
  readonly instrument: Instrument;
  readonly chapter: Chapter;
  readonly provision: Provision;
}

// Where each provision and question sits, for breadcrumbs and jumps from search or review.
export function indexDefinition(definition: Definition) {
  const provisions = new Map<string, ProvisionPlace>();
  const questionToProvision = new Map<string, string>();
  for (const instrument of definition.instruments) {
    for (const chapter of instrument.chapters) {
      for (const provision of chapter.provisions) {
        provisions.set(provision.id, { instrument, chapter, provision });
        for (const question of provision.questions)
          questionToProvision.set(question.id, provision.id);
      }
    }
  }
  return { provisions, questionToProvision };
}

export type DefinitionIndex = ReturnType<typeof indexDefinition>;
