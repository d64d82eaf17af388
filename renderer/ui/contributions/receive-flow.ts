import type { Definition } from '../../engine/definition';
import type { OpenedFile } from '../../host/host';
import { readPackage, type Person } from '../../package';
import type { OmnibusDb } from '../../storage/database';
import {
  HandoffTargetNotEmptyError,
  receiveHandoff,
  type ReceivedHandoff,
} from '../../storage/handoff-receive';
import type { AssessmentRecord } from '../../storage/records';
import { TaskError } from '../export/failure';
import type { TaskContext } from '../export/use-task';

export interface Received {
  readonly record: ReceivedHandoff;
  readonly from: Person;
  readonly filled: number;
}

// Opens a hand-off package from the focal point (hostile input, checked by the package reader)
// and fills its answers into this assessment, which must not answer those questions yet.
export async function receiveHandoffFile(
  context: TaskContext,
  target: {
    readonly db: OmnibusDb;
    readonly assessment: AssessmentRecord;
    readonly definition: Definition;
  },
  file: OpenedFile,
): Promise<Received> {
  context.step('reading');
  const opened = await readPackage(file.data, {
    expectKind: 'handoff',
    expectQuestionnaireId: target.definition.id,
    signal: context.signal,
  });
  const handoff = opened.handoff;
  if (!handoff) throw new TaskError({ kind: 'package', code: 'handoff-invalid' });
  context.step('applying', null, false);
  try {
    const record = await receiveHandoff(target.db, {
      assessmentId: target.assessment.id,
      handoff,
      files: opened.attachments,
      state: opened.manifest.assessment.state,
    });
    return { record, from: handoff.from, filled: Object.keys(handoff.base).length };
  } catch (error) {
    if (error instanceof HandoffTargetNotEmptyError)
      throw new TaskError({ kind: 'target-not-empty', count: error.questionIds.length });
    throw error;
  }
}
