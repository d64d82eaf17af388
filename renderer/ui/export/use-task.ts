import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildProgress } from '../../package';
import { classifyFailure, type TaskFailure } from './failure';

// What a long package task is doing now, named for the progress dialog.
export type TaskStep =
  | BuildProgress['phase']
  | 'saving' // the host's save dialog is open, then the file is written
  | 'reading' // the chosen file is checked and opened
  | 'applying'; // the merged answers are written to storage

export type TaskState<R> =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly step: TaskStep;
      readonly fraction: number | null;
      // Off once stopping would leave something half done (the file is being written).
      readonly cancellable: boolean;
    }
  | { readonly kind: 'done'; readonly result: R }
  | { readonly kind: 'failed'; readonly failure: TaskFailure };

export interface TaskContext {
  readonly signal: AbortSignal;
  readonly step: (step: TaskStep, fraction?: number | null, cancellable?: boolean) => void;
  // For buildPackage's onProgress: updates only when the shown percentage changes.
  readonly onProgress: (progress: BuildProgress) => void;
}

export interface Task<R> {
  readonly state: TaskState<R>;
  readonly run: (work: (context: TaskContext) => Promise<R>) => void;
  readonly cancel: () => void;
  readonly reset: () => void;
}

// Runs one cancellable async job at a time and keeps what the UI needs to show about it.
export function useTask<R>(): Task<R> {
  const [state, setState] = useState<TaskState<R>>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback((work: (context: TaskContext) => Promise<R>) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    let shown = -1;
    const live = () => controller.current === abort;
    const step = (next: TaskStep, fraction: number | null = null, cancellable = true) => {
      if (live()) setState({ kind: 'running', step: next, fraction, cancellable });
    };
    const onProgress = (progress: BuildProgress) => {
      const fraction = progress.total > 0 ? progress.done / progress.total : null;
      const percent = fraction === null ? -1 : Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      step(progress.phase, fraction);
    };
    step('preparing');
    work({ signal: abort.signal, step, onProgress }).then(
      (result) => live() && setState({ kind: 'done', result }),
      (error: unknown) =>
        live() &&
        setState({
          kind: 'failed',
          failure: abort.signal.aborted
            ? { kind: 'package', code: 'aborted' }
            : classifyFailure(error),
        }),
    );
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ kind: 'idle' });
  }, []);
  return { state, run, cancel, reset };
}
