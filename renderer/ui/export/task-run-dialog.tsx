import { useEffect, useState } from 'react';
import { FailureDialog, ResultDialog, TaskProgress } from './task-dialogs';
import { useTask, type TaskContext } from './use-task';

export interface TaskResultView {
  readonly title: string;
  readonly message: string;
  readonly tone: 'success' | 'info';
}

// A task that starts as soon as the dialog opens: its progress, then its result or failure.
export function TaskRunDialog<R>({
  title,
  failedTitle,
  work,
  describe,
  onClose,
}: {
  title: string;
  failedTitle: string;
  work: (context: TaskContext) => Promise<R>;
  describe: (result: R) => TaskResultView;
  onClose: () => void;
}) {
  const task = useTask<R>();
  // The work as it was when the dialog opened: later renders do not restart it.
  const [start] = useState(() => work);
  const { run, cancel } = task;
  useEffect(() => {
    run(start);
    return cancel;
  }, [run, cancel, start]);
  const { state } = task;
  if (state.kind === 'failed')
    return <FailureDialog title={failedTitle} failure={state.failure} onClose={onClose} />;
  if (state.kind === 'done') {
    const view = describe(state.result);
    return (
      <ResultDialog title={view.title} message={view.message} tone={view.tone} onClose={onClose} />
    );
  }
  const running =
    state.kind === 'running'
      ? state
      : { kind: 'running' as const, step: 'preparing' as const, fraction: null, cancellable: true };
  return <TaskProgress title={title} task={{ ...task, state: running }} />;
}
