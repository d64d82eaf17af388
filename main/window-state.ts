import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './ipc/files';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof boundsSchema>;
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };

// The saved bounds, or nothing when they are unreadable or no longer on any display.
export function loadWindowState(file: string, displays: readonly Area[]): WindowState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = boundsSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const visible = displays.some(
    (d) =>
      s.x + 100 <= d.x + d.width &&
      s.x + s.width - 100 >= d.x &&
      s.y >= d.y - 10 &&
      s.y + 50 <= d.y + d.height,
  );
  return visible ? s : undefined;
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(state));
}
