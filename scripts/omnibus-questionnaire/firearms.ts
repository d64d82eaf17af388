import type { ProvisionSource } from './types.ts';

export const firearmsProvisions: readonly ProvisionSource[] = [];
