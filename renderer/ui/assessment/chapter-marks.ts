// Chapter "complete" marks were kept in localStorage before the assessment record held them.
// Read once, moved into the record, then removed.
const key = (assessmentId: string) => `omnibus.completed-chapters.${assessmentId}`;

export function takeLegacyChapterMarks(assessmentId: string): string[] {
  try {
    const raw = localStorage.getItem(key(assessmentId));
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function forgetLegacyChapterMarks(assessmentId: string): void {
  try {
    localStorage.removeItem(key(assessmentId));
  } catch {
    // Unavailable storage: nothing was kept there either.
  }
}
