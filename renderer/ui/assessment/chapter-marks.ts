// Which chapters a user has marked complete, per assessment. A convenience flag, not an answer:
// it lives in localStorage until storage offers a place for it, and losing it loses no work.
const key = (assessmentId: string) => `omnibus.completed-chapters.${assessmentId}`;

export function loadChapterMarks(assessmentId: string): ReadonlySet<string> {
  try {
    const raw = localStorage.getItem(key(assessmentId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(
      Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [],
    );
  } catch {
    return new Set();
  }
}

export function saveChapterMarks(assessmentId: string, marks: ReadonlySet<string>): void {
  try {
    localStorage.setItem(key(assessmentId), JSON.stringify([...marks]));
  } catch {
    // Unavailable storage: the marks last for this session.
  }
}
