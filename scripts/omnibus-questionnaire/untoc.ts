import type { ProvisionSource } from './types.ts';

export const untocProvisions: readonly ProvisionSource[] = [];
