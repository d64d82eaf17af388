import { z } from 'zod';

// Where the user is in the app. Kept in React state and mirrored to sessionStorage, so a reload
// returns to the same screen; there are no URLs to route.
export const viewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('home') }),
  z.object({ kind: z.literal('backups') }),
  z.object({
    kind: z.literal('fill'),
    assessmentId: z.string().min(1),
    questionId: z.string().optional(),
  }),
  z.object({ kind: z.literal('review'), assessmentId: z.string().min(1) }),
  z.object({
    kind: z.literal('print'),
    assessmentId: z.string().min(1),
    chapterId: z.string().optional(),
  }),
]);

export type View = z.infer<typeof viewSchema>;

export const HOME: View = { kind: 'home' };

const KEY = 'omnibus.view';

export function loadView(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage,
): View {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return HOME;
    const parsed = viewSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : HOME;
  } catch {
    return HOME;
  }
}

export function saveView(
  view: View,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.sessionStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(view));
  } catch {
    // Session storage unavailable: a reload starts at home, nothing else is lost.
  }
}
