import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { packageJsonSchemas } from '../../renderer/package/json-schemas';

describe('docs/schemas', () => {
  it.each(Object.entries(packageJsonSchemas()))(
    '%s matches the zod schema (else run `npm run omnibus -- schemas --out docs/schemas`)',
    async (name, text) => {
      const path = join(import.meta.dirname, '../../docs/schemas', name);
      const expected = await format(text, { ...(await resolveConfig(path)), filepath: path });
      expect(readFileSync(path, 'utf8')).toBe(expected);
    },
  );
});
