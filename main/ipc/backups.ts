import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry, IpcArgs } from './contract';
import { IpcError } from './dispatch';
import { writeFileAtomic } from './files';

export const BACKUPS_KEPT = 10;

const FILE = /^backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.zip$/;

// `backup-2026-01-15T14-02-00-000Z.zip`: sorts by time, readable in a file manager.
function fileName(savedAt: number): string {
  return `backup-${new Date(savedAt).toISOString().replaceAll(':', '-').replace('.', '-')}.zip`;
}

function savedAtOf(name: string): number | null {
  const m = FILE.exec(name);
  if (!m) return null;
  const [, y = 0, mo = 1, d, h, mi, s, ms] = m.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

async function entriesOf(root: string, assessmentId: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(path.join(root, assessmentId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names.sort()) {
    const savedAt = savedAtOf(name);
    if (savedAt === null) continue;
    const { size } = await stat(path.join(root, assessmentId, name));
    entries.push({ id: `${assessmentId}/${name}`, assessmentId, savedAt, size });
  }
  return entries;
}

// Rolling backups in <user data>/backups/<assessment id>/: each written atomically (temp file,
// then rename), the newest ten kept. Ids are checked by the contract's schemas and again here,
// so no argument can reach outside the folder.
export function createBackupHandlers(dir: () => string, now: () => number = Date.now) {
  return {
    async 'backups:save'(request: IpcArgs<'backups:save'>[0]): Promise<BackupEntry> {
      const folder = path.join(dir(), request.assessmentId);
      await mkdir(folder, { recursive: true });
      const existing = new Set(await readdir(folder));
      let savedAt = now();
      while (existing.has(fileName(savedAt))) savedAt += 1;
      await writeFileAtomic(path.join(folder, fileName(savedAt)), request.data);
      const entries = await entriesOf(dir(), request.assessmentId);
      for (const old of entries.slice(0, Math.max(0, entries.length - BACKUPS_KEPT))) {
        await unlink(path.join(dir(), old.id));
      }
      return {
        id: `${request.assessmentId}/${fileName(savedAt)}`,
        assessmentId: request.assessmentId,
        savedAt,
        size: request.data.byteLength,
      };
    },

    // Newest first; all assessments when none is named.
    async 'backups:list'(request: IpcArgs<'backups:list'>[0]): Promise<readonly BackupEntry[]> {
      let ids: string[];
      if (request.assessmentId !== undefined) ids = [request.assessmentId];
      else {
        try {
          ids = (await readdir(dir(), { withFileTypes: true }))
            .filter((d) => d.isDirectory())
            .map((d) => d.name);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw error;
        }
      }
      const all = (await Promise.all(ids.map((id) => entriesOf(dir(), id)))).flat();
      return all.sort((a, b) => b.savedAt - a.savedAt);
    },

    async 'backups:read'(
      request: IpcArgs<'backups:read'>[0],
    ): Promise<{ readonly data: Uint8Array }> {
      const [assessmentId = '', name = ''] = request.id.split('/');
      if (savedAtOf(name) === null || assessmentId.includes('.')) {
        throw new IpcError('invalid-argument', `Not a backup: ${request.id}`);
      }
      try {
        return { data: new Uint8Array(await readFile(path.join(dir(), assessmentId, name))) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new IpcError('failed', `The backup ${request.id} no longer exists`);
        }
        throw error;
      }
    },
  };
}
