// Source data of the omnibus questionnaire; build.ts turns it into questionnaires/untoc-omnibus.json.
export type L = Readonly<Record<'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh', string>>;

export type InstrumentId = 'untoc' | 'tip' | 'som' | 'firearms';

export type Obligation = 'mandatory' | 'shall-consider' | 'optional';

export type Theme =
  | 'criminalization'
  | 'liability-of-legal-persons'
  | 'confiscation-and-seizure'
  | 'jurisdiction'
  | 'extradition-and-transfer'
  | 'mutual-legal-assistance'
  | 'law-enforcement-cooperation'
  | 'special-investigative-techniques'
  | 'protection-of-victims-and-witnesses'
  | 'prevention'
  | 'training-and-technical-assistance'
  | 'information-exchange'
  | 'border-measures'
  | 'document-security'
  | 'firearms-control';

// Topics asked about in more than one instrument: questions of provisions sharing a topic
// cross-reference each other so the app can offer to copy an answer already given.
export type CrossReferenceTopic =
  | 'liability-of-legal-persons'
  | 'confiscation'
  | 'international-cooperation'
  | 'training-and-technical-assistance'
  | 'document-security'
  | 'border-measures';

export interface ProvisionSource {
  readonly instrument: InstrumentId;
  // Article number as printed in the instrument: '5', '18', ...
  readonly article: string;
  // The article's title as in the official text of each language version.
  readonly title: L;
  readonly obligation: Obligation;
  readonly themes: readonly Theme[];
  // One to three sentences, in our own words, on what the article requires of States.
  readonly summary: L;
  // Asks for offences to be established: statistics by year (cases, prosecutions,
  // convictions) are asked, only when the State reports the offence exists.
  readonly offence: boolean;
  readonly crossReference?: CrossReferenceTopic;
}
