import type { AnswerValue } from '../engine/definition';
import type { AnswerInput } from './build-input';
import type { PackageAttachment } from './contents';
import { PackageError } from './errors';
import { sameJson } from './manifest-read';
import type { OpenedPackage } from './read-package';
import type { AnswerEntry, Handoff } from './schemas';

// Merging a colleague's contribution, question by question, as pure data: storage applies the
// changes, the UI asks about the conflicts. Nothing is overwritten without being returned.

// One answer with who gave it, when, in which language: a stored answer without its question id.
export type AnswerSnapshot = Omit<AnswerInput, 'questionId'>;

export interface AnswerChange {
  readonly questionId: string;
  // null: no answer (before: the question was unanswered; after: the answer is removed).
  readonly before: AnswerSnapshot | null;
  readonly after: AnswerSnapshot | null;
}

export interface MergeConflict {
  readonly questionId: string;
  readonly base: AnswerSnapshot | null;
  readonly mine: AnswerSnapshot | null;
  readonly theirs: AnswerSnapshot | null;
}

export interface MergeResult {
  // Applied without asking: the colleague changed the answer and the focal point did not.
  readonly changes: readonly AnswerChange[];
  // Both changed it since the hand-off, differently: shown side by side for the focal point.
  readonly conflicts: readonly MergeConflict[];
  // The inverse of `changes`, to undo the whole import.
  readonly undo: readonly AnswerChange[];
  // Files the colleague's changed or conflicting answers refer to, for storage to add when applied.
  readonly attachments: readonly PackageAttachment[];
}

export interface MergeInput {
  // The focal point's answers now, by question id.
  readonly current: ReadonlyMap<string, AnswerSnapshot>;
  // The hand-off as the focal point's app recorded it when sending (its base values are trusted).
  readonly handoff: Handoff;
  readonly contribution: OpenedPackage;
}

function snapshot(entry: AnswerEntry | undefined): AnswerSnapshot | null {
  if (!entry) return null;
  const { value, definitionVersion, author, agency, updatedAt, language } = entry;
  return { value: value as AnswerValue, definitionVersion, author, agency, updatedAt, language };
}

function sameValue(a: AnswerSnapshot | null, b: AnswerSnapshot | null): boolean {
  return sameJson(a?.value ?? null, b?.value ?? null);
}

export function invertChanges(changes: readonly AnswerChange[]): AnswerChange[] {
  return [...changes]
    .reverse()
    .map((c) => ({ questionId: c.questionId, before: c.after, after: c.before }));
}

export function mergeContribution({ current, handoff, contribution }: MergeInput): MergeResult {
  if (contribution.manifest.kind !== 'contribution' || !contribution.handoff) {
    throw new PackageError(
      'wrong-kind',
      `This is a ${contribution.manifest.kind} package, not a colleague's contribution.`,
    );
  }
  if (contribution.handoff.handoffId !== handoff.handoffId) {
    throw new PackageError(
      'handoff-invalid',
      'This contribution answers another hand-off than the one chosen.',
    );
  }
  const theirsById = contribution.responses.answers;
  const scope = new Set(handoff.questions);
  const outside = Object.keys(theirsById).filter((id) => !scope.has(id));
  if (outside.length > 0) {
    throw new PackageError(
      'handoff-invalid',
      `The contribution answers questions that were not handed over: ${outside.slice(0, 5).join(', ')}.`,
    );
  }
  const changes: AnswerChange[] = [];
  const conflicts: MergeConflict[] = [];
  for (const questionId of handoff.questions) {
    const base = snapshot(handoff.base[questionId]);
    const theirs = snapshot(theirsById[questionId]);
    const mine = current.get(questionId) ?? null;
    if (sameValue(base, theirs) || sameValue(mine, theirs)) continue;
    if (sameValue(base, mine)) changes.push({ questionId, before: mine, after: theirs });
    else conflicts.push({ questionId, base, mine, theirs });
  }
  const incoming = new Set([...changes, ...conflicts].map((c) => c.questionId));
  const attachments = contribution.attachments.filter((a) => incoming.has(a.questionId));
  return { changes, conflicts, undo: invertChanges(changes), attachments };
}

export type ConflictChoice = 'mine' | 'theirs';

// The focal point's choices turned into changes (keeping "mine" changes nothing).
export function resolveConflicts(
  conflicts: readonly MergeConflict[],
  choices: Readonly<Record<string, ConflictChoice>>,
): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const conflict of conflicts) {
    const choice = choices[conflict.questionId];
    if (choice === undefined) {
      throw new PackageError(
        'handoff-invalid',
        `No choice was made for the conflicting answer to "${conflict.questionId}".`,
      );
    }
    if (choice === 'theirs')
      changes.push({
        questionId: conflict.questionId,
        before: conflict.mine,
        after: conflict.theirs,
      });
  }
  return changes;
}
