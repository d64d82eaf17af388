import type { Host } from '../../host';
import { buildHandoffPackage, type Person } from '../../package';
import { saveHandoff } from '../../storage/handoffs';
import { packageFileName } from '../export/file-name';
import { savePackage } from '../export/save-package';
import { packageInput, type PackageSource } from '../export/package-input';
import type { TaskContext } from '../export/use-task';

export type HandoffOutcome =
  | { readonly kind: 'saved'; readonly path: string | null; readonly fileName: string }
  | { readonly kind: 'not-saved' };

// Builds the hand-off package for a colleague, saves it where the user says, and keeps the
// hand-off (with its base answers) so the colleague's contribution can be merged later.
export async function exportHandoff(
  context: TaskContext,
  source: Omit<PackageSource, 'encrypt'>,
  request: { readonly chapters: readonly string[]; readonly to: Person },
  host: Host,
): Promise<HandoffOutcome> {
  const input = await packageInput({ ...source, encrypt: false });
  const built = await buildHandoffPackage(input, request, {
    onProgress: context.onProgress,
    signal: context.signal,
  });
  const fileName = packageFileName(input.assessment.state, source.definition.id, source.now, {
    kind: 'handoff',
    agency: request.to.agency,
  });
  const outcome = await savePackage(context, host, fileName, built.bytes);
  if (!outcome.saved) return { kind: 'not-saved' };
  await saveHandoff(source.db, source.assessment.id, built.handoff);
  return { kind: 'saved', path: outcome.path, fileName };
}
