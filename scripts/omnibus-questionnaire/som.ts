import type { ProvisionSource } from './types.ts';

export const somProvisions: readonly ProvisionSource[] = [];
