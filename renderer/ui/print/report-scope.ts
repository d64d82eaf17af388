import type { Chapter, Definition, Instrument, Provision } from '../../engine/definition';
import type { EvaluatedState } from '../assessment/evaluated';

export interface ReportChapter {
  readonly instrument: Instrument;
  readonly chapter: Chapter;
  readonly provisions: readonly Provision[];
}

// The visible chapters of the whole assessment, or the one chapter asked for.
export function reportChapters(
  definition: Definition,
  state: EvaluatedState,
  chapterId?: string,
): ReportChapter[] {
  const chapters: ReportChapter[] = [];
  for (const instrument of definition.instruments) {
    if (!state.isVisible(instrument.id)) continue;
    for (const chapter of instrument.chapters) {
      if (chapterId !== undefined && chapter.id !== chapterId) continue;
      if (!state.isVisible(chapter.id)) continue;
      const provisions = chapter.provisions.filter((p) => state.isVisible(p.id));
      if (provisions.length > 0) chapters.push({ instrument, chapter, provisions });
    }
  }
  return chapters;
}
