// The JSON shape build.ts writes (format.md, formatVersion 1), limited to what the omnibus uses.
import type { L, Obligation, Theme } from './types.ts';

export type { TaType } from '../../renderer/engine/definition.ts';

export interface OptionOut {
  readonly id: string;
  readonly label: L;
}

export interface ColumnOut {
  readonly id: string;
  readonly label: L;
  readonly type: 'text' | 'integer' | 'decimal' | 'date' | 'yes-no';
  readonly min?: number;
  readonly max?: number;
}

interface QuestionBase {
  readonly id: string;
  readonly text: L;
  readonly help?: L;
  readonly required?: boolean;
  readonly visibleIf?: string;
  readonly requiredIf?: string;
  readonly crossReferences?: readonly string[];
}

export type QuestionOut = QuestionBase &
  (
    | { readonly type: 'compliance' | 'yes-no' | 'country' | 'citations' | 'technical-assistance' }
    | { readonly type: 'single-choice'; readonly options: readonly OptionOut[] }
    | {
        readonly type: 'multiple-choice';
        readonly options: readonly OptionOut[];
        readonly allowOther?: boolean;
        readonly minSelections?: number;
      }
    | { readonly type: 'short-text'; readonly maxLength?: number; readonly pattern?: string }
    | { readonly type: 'long-text'; readonly maxLength?: number }
    | {
        readonly type: 'table';
        readonly columns: readonly ColumnOut[];
        readonly rows: {
          readonly kind: 'dynamic';
          readonly minRows?: number;
          readonly maxRows?: number;
        };
      }
  );

export interface ProvisionOut {
  readonly id: string;
  readonly instrument: string;
  readonly article?: string;
  readonly title: L;
  readonly obligation?: Obligation;
  readonly themes?: readonly Theme[];
  readonly summary: L;
  readonly visibleIf?: string;
  readonly questions: readonly QuestionOut[];
}

export interface ChapterOut {
  readonly id: string;
  readonly title: L;
  readonly description?: L;
  readonly provisions: readonly ProvisionOut[];
}

export interface InstrumentOut {
  readonly id: string;
  readonly kind: 'general' | 'treaty';
  readonly title: L;
  readonly shortTitle: L;
  readonly visibleIf?: string;
  readonly chapters: readonly ChapterOut[];
}

export interface DefinitionOut {
  readonly $schema: string;
  readonly formatVersion: 1;
  readonly id: string;
  readonly version: string;
  readonly title: L;
  readonly description: L;
  readonly themes: readonly { readonly id: Theme; readonly title: L }[];
  readonly instruments: readonly InstrumentOut[];
}
