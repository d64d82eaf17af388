import { useLiveQuery } from 'dexie-react-hooks';
import { listHandoffs, type HandoffRecord } from './handoffs';
import { useDatabase } from './storage-context';

// The assessment's hand-offs, newest first, live; undefined while loading.
export function useHandoffs(assessmentId: string): HandoffRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listHandoffs(db, assessmentId), [db, assessmentId]);
}
