// `<State>-<questionnaire>-<date>.omnibus`, e.g. `FR-untoc-omnibus-2026-03-15.omnibus`; hand-offs
// and contributions say so, with the agency they go to or come from, so the files are told apart in a folder.
export type PackageFileKind =
  | { readonly kind: 'response' }
  | { readonly kind: 'handoff' | 'contribution'; readonly agency: string };

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

function part(text: string): string {
  return text.normalize('NFC').replace(UNSAFE, ' ').trim().replace(/\s+/g, '-').slice(0, 60);
}

export function packageFileName(
  state: string,
  questionnaireId: string,
  at: Date,
  file: PackageFileKind = { kind: 'response' },
): string {
  const date = at.toISOString().slice(0, 10);
  const head = [part(state) || 'XX', part(questionnaireId)];
  if (file.kind !== 'response') head.push(file.kind, part(file.agency));
  return `${head.filter(Boolean).join('-')}-${date}.omnibus`;
}

export const PACKAGE_FILTERS = [{ name: 'Omnibus package', extensions: ['omnibus'] }];
// The most the host reads for an import (its own ceiling); the package reader checks the rest.
export const MAX_PACKAGE_FILE_BYTES = 200 * 1024 * 1024;
