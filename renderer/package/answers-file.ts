import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

// The answers file of `omnibus pack`: the builder's plain input as JSON, attachments as file
// paths relative to it. Documented in docs/response-package.md.
export const answersFileSchema = z.strictObject({
  assessment: z.strictObject({
    id: z.string(),
    state: z.string(),
    title: z.string(),
    createdAt: z.union([z.string(), z.number()]),
  }),
  focalPoint: z.strictObject({ name: z.string(), agency: z.string() }),
  appVersion: z.string().default('omnibus-cli'),
  exportedAt: z.union([z.string(), z.number()]).optional(),
  answers: z.array(
    z.strictObject({
      questionId: z.string(),
      value: z.unknown(),
      definitionVersion: z.string(),
      author: z.string(),
      agency: z.string(),
      updatedAt: z.union([z.string(), z.number()]),
      language: z.enum(LANGUAGES),
    }),
  ),
  attachments: z
    .array(
      z.strictObject({
        id: z.string(),
        questionId: z.string(),
        name: z.string(),
        type: z.string(),
        file: z.string(),
      }),
    )
    .default([]),
});
export type AnswersFile = z.infer<typeof answersFileSchema>;
