import type { OmnibusDb } from '../../storage/database';
import { AnswersChangedError, undoImport, type ImportRecord } from '../../storage/handoffs';
import { TaskError } from '../export/failure';
import type { TaskContext } from '../export/use-task';

// Undoes an import as a whole; refused, with the count, when answers changed since.
export async function undoContribution(
  context: TaskContext,
  db: OmnibusDb,
  handoffId: string,
  importId: string,
): Promise<ImportRecord> {
  context.step('applying', null, false);
  try {
    return await undoImport(db, handoffId, importId);
  } catch (error) {
    if (error instanceof AnswersChangedError)
      throw new TaskError({ kind: 'changed-since', count: error.questionIds.length });
    throw error;
  }
}
