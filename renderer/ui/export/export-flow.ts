import type { Host } from '../../host';
import { buildPackage } from '../../package';
import { setAssessmentStatus } from '../../storage/assessments';
import { setSettings } from '../../storage/settings';
import { packageFileName } from './file-name';
import { savePackage } from './save-package';
import { packageInput, type PackageSource } from './package-input';
import type { TaskContext } from './use-task';

export type ExportOutcome =
  | {
      readonly kind: 'saved';
      readonly path: string | null;
      readonly fileName: string;
      readonly encrypted: boolean;
    }
  // The user closed the save dialog: nothing was written, the status is unchanged.
  | { readonly kind: 'not-saved' };

// Builds the package for the secretariat from storage, asks the host where to save it, and
// marks the assessment exported once the file is on disk.
export async function exportForSecretariat(
  context: TaskContext,
  source: PackageSource,
  host: Host,
): Promise<ExportOutcome> {
  const input = await packageInput(source);
  const bytes = await buildPackage(input, {
    onProgress: context.onProgress,
    signal: context.signal,
  });
  const fileName = packageFileName(input.assessment.state, source.definition.id, source.now);
  const outcome = await savePackage(context, host, fileName, bytes);
  if (!outcome.saved) return { kind: 'not-saved' };
  await setAssessmentStatus(source.db, source.assessment.id, 'exported');
  await setSettings(source.db, {
    userName: source.focalPoint.name,
    agency: source.focalPoint.agency,
  });
  const encrypted = source.encrypt && source.definition.publicKey !== undefined;
  return { kind: 'saved', path: outcome.path, fileName, encrypted };
}
