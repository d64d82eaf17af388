import type { Host } from '../../host';
import type { SaveOutcome } from '../../host/host';
import { PACKAGE_FILTERS } from './file-name';
import type { TaskContext } from './use-task';

// The last step of every export: past this point Cancel is gone (the file is being written).
export function savePackage(
  context: TaskContext,
  host: Host,
  fileName: string,
  bytes: Uint8Array,
): Promise<SaveOutcome> {
  context.signal.throwIfAborted();
  context.step('saving', null, false);
  return host.saveFile(fileName, bytes, PACKAGE_FILTERS);
}
