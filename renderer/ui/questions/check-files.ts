import type { AttachmentRef, QuestionOf } from '../../engine/definition';
import { DEFAULT_MAX_FILE_BYTES } from './attachment-store';

export type FileRefusal =
  | {
      readonly kind: 'too-large';
      readonly name: string;
      readonly size: number;
      readonly limit: number;
    }
  | { readonly kind: 'wrong-type'; readonly name: string; readonly accept: readonly string[] }
  | { readonly kind: 'too-many'; readonly limit: number };

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

// Splits dropped or chosen files into those to keep and clear refusals for the rest.
export function checkFiles(
  question: QuestionOf<'attachments'>,
  existing: readonly AttachmentRef[],
  files: readonly File[],
): { accepted: File[]; refusals: FileRefusal[] } {
  const limit = question.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const accepted: File[] = [];
  const refusals: FileRefusal[] = [];
  for (const file of files) {
    if (question.accept && !question.accept.includes(extension(file.name))) {
      refusals.push({ kind: 'wrong-type', name: file.name, accept: question.accept });
    } else if (file.size > limit) {
      refusals.push({ kind: 'too-large', name: file.name, size: file.size, limit });
    } else if (
      question.maxFiles !== undefined &&
      existing.length + accepted.length >= question.maxFiles
    ) {
      if (!refusals.some((r) => r.kind === 'too-many'))
        refusals.push({ kind: 'too-many', limit: question.maxFiles });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, refusals };
}
