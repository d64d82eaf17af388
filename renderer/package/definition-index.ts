import type { Chapter, Definition, Instrument, Provision, Question } from '../engine/definition';

export interface QuestionPlace {
  readonly question: Question;
  readonly provision: Provision;
  readonly chapter: Chapter;
  readonly instrument: Instrument;
}

// Every question with where it sits, in questionnaire order.
export function indexQuestions(definition: Definition): Map<string, QuestionPlace> {
  const index = new Map<string, QuestionPlace>();
  for (const instrument of definition.instruments) {
    for (const chapter of instrument.chapters) {
      for (const provision of chapter.provisions) {
        for (const question of provision.questions) {
          index.set(question.id, { question, provision, chapter, instrument });
        }
      }
    }
  }
  return index;
}
