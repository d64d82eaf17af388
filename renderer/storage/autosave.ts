// Every edit reaches IndexedDB: debounced while the user types, at once on flush (leaving a
// field, hiding or closing the page). Values that could not be stored stay in `pending` and are
// retried; writes refused by the revision check are listed as conflicts, never forced.
import type { AnswerValue } from '../engine/definition';
import { writeAnswers, getChange, type AnswerWrite, type WriteOutcome } from './answers';
import type { OmnibusDb } from './database';
import { classifyStorageError } from './errors';
import type { AnswerRecord } from './records';

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | {
      readonly kind: 'error';
      readonly reason: 'quota' | 'unavailable' | 'conflict';
      readonly retrying: boolean;
    };

export interface AnswerConflict {
  readonly questionId: string;
  // What this window tried to store (kept in the change log too).
  readonly mine: AnswerValue | null;
  // What another window stored first and what is shown now; undefined when it cleared it.
  readonly theirs: AnswerRecord | undefined;
}

export interface AutosaveState {
  readonly status: SaveStatus;
  // Edits typed but not committed yet (also while the disk is full): show these over stored values.
  readonly pending: ReadonlyMap<string, AnswerValue | null>;
  readonly conflicts: readonly AnswerConflict[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface AutosaveOptions {
  readonly delayMs?: number;
  // Waits between retries after a failed commit; the last one repeats.
  readonly retryDelaysMs?: readonly number[];
  // The interface language, stamped on each answer.
  readonly language?: () => string | undefined;
  // Told after every successful commit (the backup scheduler listens).
  readonly onCommitted?: (assessmentId: string) => void;
}

export interface AutosaveSession {
  readonly setAnswer: (questionId: string, value: AnswerValue | null) => void;
  readonly flush: () => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  // Keep mine: store this window's value over the other one, knowingly. Keep theirs: forget mine.
  readonly resolveConflict: (questionId: string, keep: 'mine' | 'theirs') => void;
  // The answers as stored now; revisions seen here are what edits are checked against.
  readonly observe: (answers: ReadonlyMap<string, AnswerRecord>) => void;
  readonly getState: () => AutosaveState;
  readonly subscribe: (listener: () => void) => () => void;
}

const DEFAULT_RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function createAutosave(
  db: OmnibusDb,
  assessmentId: string,
  options: AutosaveOptions = {},
): AutosaveSession {
  const delayMs = options.delayMs ?? 0;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_MS;
  const pending = new Map<string, AnswerValue | null>();
  const inflight = new Map<string, AnswerValue | null>();
  // Revision of each answer as last seen stored, and the revision the next write must find.
  const known = new Map<string, number>();
  const expected = new Map<string, number | undefined>();
  const undoStack: number[] = [];
  // Answers being typed in: their next commit extends the current change. A flush (the user
  // leaves the field) ends every burst, so the next edit starts a new step of history and undo.
  const openBursts = new Set<string>();
  const redoStack: number[] = [];
  const listeners = new Set<() => void>();
  let conflicts: AnswerConflict[] = [];
  let status: SaveStatus = { kind: 'idle' };
  let state: AutosaveState = snapshot();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the last commit started: edits are throttled against it, not debounced.
  let lastCommitAt = Number.NEGATIVE_INFINITY;
  let retries = 0;
  let chain: Promise<void> = Promise.resolve();
  // A task is running or waiting in the chain; `queued`: a commit for new edits is in it.
  let busy = false;
  let queued = false;
  // Once the stored answers were seen, a question missing from them was seen empty (revision 0).
  let observed = false;

  function snapshot(): AutosaveState {
    return {
      status,
      pending: new Map([...inflight, ...pending]),
      conflicts,
      canUndo: undoStack.length > 0,
      canRedo: redoStack.length > 0,
    };
  }

  function publish(): void {
    state = snapshot();
    for (const listener of listeners) listener();
  }

  function schedule(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue(commit), ms);
  }

  // Throttle, not debounce: an edit commits as soon as the previous commit is done (delayMs 0
  // by default: a strict transaction costs about 5 ms), so a crash loses at most the keystroke
  // being written; typing bursts share one change record (BURST_MS in answers.ts), so history
  // and undo keep readable steps. A commit already scheduled (or a retry) takes the edit.
  // When nothing is being written, the commit starts at once, inside the keystroke's own event:
  // its IndexedDB requests are on their way before React re-renders the screen.
  function scheduleEdit(): void {
    if (timer !== undefined || queued) return;
    const wait = lastCommitAt + delayMs - Date.now();
    if (wait > 0) {
      schedule(wait);
      return;
    }
    queued = true;
    void enqueue(commit);
  }

  // Tasks run one after another; with nothing running, a task starts at once (synchronously).
  function enqueue(task: () => Promise<void>): Promise<void> {
    const idle = !busy;
    busy = true;
    const started = idle ? task() : chain.then(task, task);
    const done = started.finally(() => {
      if (chain === done) busy = false;
    });
    chain = done;
    return done;
  }

  function isDirty(questionId: string): boolean {
    return pending.has(questionId) || inflight.has(questionId);
  }

  function edit(questionId: string, value: AnswerValue | null, base: number | undefined): void {
    if (!isDirty(questionId)) expected.set(questionId, base);
    pending.set(questionId, value);
    redoStack.length = 0;
    if (status.kind !== 'error') status = { kind: 'saving' };
  }

  function settle(outcome: WriteOutcome, sent: AnswerValue | null, history: number[] | null): void {
    const { questionId } = outcome;
    known.set(questionId, outcome.revision);
    if (outcome.kind === 'saved') {
      if (pending.has(questionId)) expected.set(questionId, outcome.revision);
      else expected.delete(questionId);
      if (history) {
        // A typing burst extends its change: one undo step, at the top of the stack.
        const earlier = history.indexOf(outcome.seq);
        if (earlier >= 0) history.splice(earlier, 1);
        history.push(outcome.seq);
      }
      return;
    }
    // A pending value typed on top of the refused one keeps the stale base: it is refused too.
    if (!pending.has(questionId)) expected.delete(questionId);
    conflicts = [
      ...conflicts.filter((c) => c.questionId !== questionId),
      { questionId, mine: pending.get(questionId) ?? sent, theirs: outcome.current },
    ];
  }

  async function write(writes: AnswerWrite[], history: number[] | null): Promise<WriteOutcome[]> {
    const who = { language: options.language?.() };
    const outcomes = await writeAnswers(db, assessmentId, writes, who);
    outcomes.forEach((outcome, i) => settle(outcome, writes[i]?.value ?? null, history));
    return outcomes;
  }

  function finish(outcomes: readonly WriteOutcome[]): void {
    retries = 0;
    const refused = outcomes.some((o) => o.kind === 'conflict');
    // "Saved" only when nothing typed since waits: the line promises that all is on disk.
    if (refused) status = { kind: 'error', reason: 'conflict', retrying: false };
    else status = pending.size > 0 ? { kind: 'saving' } : { kind: 'saved', at: Date.now() };
    if (pending.size > 0) scheduleEdit();
    publish();
    if (outcomes.some((o) => o.kind === 'saved')) options.onCommitted?.(assessmentId);
  }

  function fail(error: unknown): void {
    const kind = classifyStorageError(error).kind;
    status = { kind: 'error', reason: kind === 'quota' ? 'quota' : 'unavailable', retrying: true };
    schedule(retryDelays[Math.min(retries, retryDelays.length - 1)] ?? 30_000);
    retries += 1;
    publish();
  }

  async function commit(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    queued = false;
    if (pending.size === 0) return;
    lastCommitAt = Date.now();
    for (const [q, v] of pending) inflight.set(q, v);
    pending.clear();
    const writes = [...inflight].map(([questionId, value]) => ({
      questionId,
      value,
      baseRevision: expected.get(questionId),
      burst: openBursts.has(questionId),
    }));
    try {
      const outcomes = await write(writes, undoStack);
      for (const w of writes) openBursts.add(w.questionId);
      inflight.clear();
      finish(outcomes);
    } catch (error) {
      // Back to pending, unless the user typed something newer meanwhile.
      for (const [q, v] of inflight) if (!pending.has(q)) pending.set(q, v);
      inflight.clear();
      fail(error);
    }
  }

  // Undo and redo both re-apply the old value of a change, only while the answer is still what
  // that change left: if anyone changed it since, it is a conflict, not an overwrite.
  async function revert(from: number[], to: number[], kind: 'undo' | 'redo'): Promise<void> {
    await commit();
    const seq = from.pop();
    if (seq === undefined) return;
    const change = await getChange(db, seq);
    if (!change) return publish();
    try {
      const outcomes = await write(
        [
          {
            questionId: change.questionId,
            value: change.oldValue,
            baseRevision: undefined,
            expectValue: change.newValue,
            kind,
            reverts: seq,
          },
        ],
        to,
      );
      finish(outcomes);
    } catch (error) {
      from.push(seq);
      status = {
        kind: 'error',
        reason: classifyStorageError(error).kind === 'quota' ? 'quota' : 'unavailable',
        retrying: false,
      };
      publish();
    }
  }

  return {
    setAnswer(questionId, value) {
      edit(questionId, value, known.get(questionId) ?? (observed ? 0 : undefined));
      scheduleEdit();
      publish();
    },
    flush: () =>
      enqueue(async () => {
        await commit();
        openBursts.clear();
      }),
    undo: () => enqueue(() => revert(undoStack, redoStack, 'undo')),
    redo: () => enqueue(() => revert(redoStack, undoStack, 'redo')),
    resolveConflict(questionId, keep) {
      const conflict = conflicts.find((c) => c.questionId === questionId);
      if (!conflict) return;
      conflicts = conflicts.filter((c) => c !== conflict);
      if (keep === 'mine' && !isDirty(questionId)) {
        edit(questionId, conflict.mine, known.get(questionId));
        schedule(0);
      }
      if (status.kind === 'error' && status.reason === 'conflict' && conflicts.length === 0) {
        status = { kind: 'idle' };
      }
      publish();
    },
    observe(answers) {
      observed = true;
      for (const [questionId, record] of answers) {
        if (!isDirty(questionId)) known.set(questionId, record.revision);
      }
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
