// The Convention's provisions (articles 5 to 31), kept in three files by subject.
import type { ProvisionSource } from './types.ts';
import { untocCooperation } from './untoc-cooperation.ts';
import { untocCriminalization } from './untoc-criminalization.ts';
import { untocEnforcement } from './untoc-enforcement.ts';

export const untocProvisions: readonly ProvisionSource[] = [
  ...untocCriminalization,
  ...untocCooperation,
  ...untocEnforcement,
];
