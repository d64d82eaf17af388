// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAnswer } from '../../renderer/storage/answers';
import { createAssessment } from '../../renderer/storage/assessments';
import type { OmnibusDb } from '../../renderer/storage/database';
import { useAnswers, useAssessments } from '../../renderer/storage/hooks';
import type { AssessmentRecord } from '../../renderer/storage/records';
import { StorageProvider } from '../../renderer/storage/storage-context';
import { useAutosave, type Autosave } from '../../renderer/storage/use-autosave';
import { freshDb, memoryMarker, NEW_ASSESSMENT } from './helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: OmnibusDb;
let assessment: AssessmentRecord;
let root: Root;
let latest: { autosave?: Autosave; answered?: string; titles?: string } = {};

function Probe({ id }: { id: string }) {
  const autosave = useAutosave(id, { language: 'es' });
  const answers = useAnswers(id);
  const assessments = useAssessments();
  latest = {
    autosave,
    answered: [...(answers?.values() ?? [])]
      .map((a) => `${a.questionId}=${JSON.stringify(a.value)}`)
      .join(','),
    titles: assessments?.map((a) => a.title).join(','),
  };
  return null;
}

// Lets React and Dexie's live queries catch up until `ready` holds (or gives up after 2 s).
async function settle(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i += 1) {
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

beforeEach(async () => {
  memoryMarker();
  db = freshDb();
  assessment = await createAssessment(db, NEW_ASSESSMENT);
  root = createRoot(document.createElement('div'));
  await act(async () => {
    root.render(
      <StorageProvider db={db}>
        <Probe id={assessment.id} />
      </StorageProvider>,
    );
    await new Promise((r) => setTimeout(r, 20));
  });
});

afterEach(() => {
  act(() => root.unmount());
  db.close();
});

describe('useAutosave', () => {
  it('commits when the page is hidden or left, and the live answers follow', async () => {
    await settle(() => latest.titles !== undefined);
    expect(latest.titles).toBe(NEW_ASSESSMENT.title);
    act(() => latest.autosave?.setAnswer('q1', 'typed'));
    expect(latest.autosave?.status.kind).toBe('saving');
    expect(latest.autosave?.pending.get('q1')).toBe('typed');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // Well before the 300 ms pause that would have saved it anyway.
    await new Promise((r) => setTimeout(r, 100));
    expect(await getAnswer(db, assessment.id, 'q1')).toMatchObject({
      value: 'typed',
      language: 'es',
    });
    await settle(() => latest.answered === 'q1="typed"');
    expect(latest.answered).toBe('q1="typed"');
    expect(latest.autosave?.status.kind).toBe('saved');
    expect(latest.autosave?.canUndo).toBe(true);
  });

  it('commits what is pending when the screen closes', async () => {
    act(() => latest.autosave?.setAnswer('q2', 'last words'));
    act(() => root.unmount());
    await new Promise((r) => setTimeout(r, 50));
    expect((await getAnswer(db, assessment.id, 'q2'))?.value).toBe('last words');
    root = createRoot(document.createElement('div'));
  });
});
