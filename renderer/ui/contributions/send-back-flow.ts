import type { Host } from '../../host';
import { buildContributionPackage } from '../../package';
import { markSentBack, type ReceivedHandoff } from '../../storage/handoff-receive';
import { packageFileName } from '../export/file-name';
import { savePackage } from '../export/save-package';
import { packageInput, type PackageSource } from '../export/package-input';
import type { TaskContext } from '../export/use-task';

export type SendBackOutcome =
  | {
      readonly kind: 'saved';
      readonly path: string | null;
      readonly fileName: string;
      readonly sent: number;
      // Answers to questions that were not handed over stay here; the focal point gets none.
      readonly kept: number;
    }
  | { readonly kind: 'not-saved' };

// The colleague's answers to the handed-over questions, as a contribution package for the
// focal point who sent the hand-off.
export async function sendContributionBack(
  context: TaskContext,
  source: Omit<PackageSource, 'encrypt'>,
  record: ReceivedHandoff,
  host: Host,
): Promise<SendBackOutcome> {
  const input = await packageInput({ ...source, encrypt: false });
  const scope = new Set(record.handoff.questions);
  const answers = input.answers.filter((a) => scope.has(a.questionId));
  const bytes = await buildContributionPackage({ ...input, answers }, record.handoff, {
    onProgress: context.onProgress,
    signal: context.signal,
  });
  const fileName = packageFileName(input.assessment.state, source.definition.id, source.now, {
    kind: 'contribution',
    agency: source.focalPoint.agency,
  });
  const outcome = await savePackage(context, host, fileName, bytes);
  if (!outcome.saved) return { kind: 'not-saved' };
  await markSentBack(source.db, record.id, source.now.getTime());
  return {
    kind: 'saved',
    path: outcome.path,
    fileName,
    sent: answers.length,
    kept: input.answers.length - answers.length,
  };
}
