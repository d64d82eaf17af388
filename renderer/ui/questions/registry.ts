import { AttachmentsControl } from './attachments-control';
import { CitationsControl } from './citations-control';
import { ComplianceControl, YesNoControl } from './coded-choice-control';
import type { ControlRegistry } from './control-props';
import { CountryControl } from './country-control';
import { DateControl } from './date-control';
import { MultipleChoiceControl } from './multiple-choice-control';
import { NumberControl } from './number-control';
import { LongTextControl, ShortTextControl } from './text-control';
import { SingleChoiceControl } from './single-choice-control';
import { TableControl } from './table-control';
import { TechnicalAssistanceControl } from './technical-assistance-control';

// Every question type has exactly one control; a new type fails to compile until it gets one.
export const CONTROLS: ControlRegistry = {
  compliance: ComplianceControl,
  'yes-no': YesNoControl,
  'single-choice': SingleChoiceControl,
  'multiple-choice': MultipleChoiceControl,
  'short-text': ShortTextControl,
  'long-text': LongTextControl,
  number: NumberControl,
  date: DateControl,
  country: CountryControl,
  table: TableControl,
  citations: CitationsControl,
  attachments: AttachmentsControl,
  'technical-assistance': TechnicalAssistanceControl,
};
