import type { ProvisionSource } from './types.ts';

export const tipProvisions: readonly ProvisionSource[] = [];
