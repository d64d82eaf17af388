import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDefinitionText, type Definition } from '../../../renderer/engine';
import type { Host } from '../../../renderer/host';
import type { TaskContext } from '../../../renderer/ui/export/use-task';

export const SAMPLE_PATH = path.resolve(import.meta.dirname, '../../../questionnaires/sample.json');

export function sampleDefinition(): Definition {
  const parsed = parseDefinitionText(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!parsed.ok) throw new Error('sample.json does not parse');
  return parsed.definition;
}

// What a task runner gives the flows, without React: steps are recorded.
export function taskContext(signal = new AbortController().signal) {
  const steps: string[] = [];
  const context: TaskContext = {
    signal,
    step: (step) => steps.push(step),
    onProgress: (progress) => steps.push(progress.phase),
  };
  return { context, steps };
}

// A host whose save dialog keeps the bytes (or is cancelled, or hits a full disk).
export function recordingHost(behaviour: 'save' | 'cancel' | Error = 'save') {
  const saved: { name: string; data: Uint8Array }[] = [];
  const host = {
    saveFile: (name: string, data: string | Uint8Array) => {
      if (behaviour instanceof Error) return Promise.reject(behaviour);
      if (behaviour === 'cancel') return Promise.resolve({ saved: false as const });
      saved.push({ name, data: typeof data === 'string' ? new TextEncoder().encode(data) : data });
      return Promise.resolve({ saved: true as const, path: `/home/fp/${name}` });
    },
  } as Partial<Host> as Host;
  return { host, saved };
}
