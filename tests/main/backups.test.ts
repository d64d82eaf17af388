import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, createBackupHandlers } from '../../main/ipc/backups';
import { ipcContract, MAX_BACKUP_BYTES } from '../../main/ipc/contract';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';

const A = '0b7c6f3e-1d2a-4c5b-9e8f-7a6b5c4d3e2f';
const B = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
const T0 = Date.UTC(2026, 0, 15, 14, 2, 0);

let root: string;
let clock: number;
let handlers: ReturnType<typeof createBackupHandlers>;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'omnibus-backups-'));
  clock = T0;
  handlers = createBackupHandlers(
    () => path.join(root, 'backups'),
    () => clock,
  );
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = (n: number) => new Uint8Array([n, n + 1, n + 2]);

describe('backups', () => {
  it('saves a snapshot, lists it and reads back the same bytes', async () => {
    const saved = await handlers['backups:save']({ assessmentId: A, data: bytes(7) });
    expect(saved).toEqual({
      id: `${A}/backup-2026-01-15T14-02-00-000Z.zip`,
      assessmentId: A,
      savedAt: T0,
      size: 3,
    });
    expect(await handlers['backups:list']({ assessmentId: A })).toEqual([saved]);
    expect((await handlers['backups:read']({ id: saved.id })).data).toEqual(bytes(7));
  });

  it(`keeps the newest ${BACKUPS_KEPT} per assessment and leaves other assessments alone`, async () => {
    await handlers['backups:save']({ assessmentId: B, data: bytes(0) });
    for (let i = 0; i < 13; i += 1) {
      clock = T0 + i * 60_000;
      await handlers['backups:save']({ assessmentId: A, data: bytes(i) });
    }
    const listed = await handlers['backups:list']({ assessmentId: A });
    expect(listed).toHaveLength(BACKUPS_KEPT);
    expect(listed[0]?.savedAt).toBe(T0 + 12 * 60_000);
    expect(listed.at(-1)?.savedAt).toBe(T0 + 3 * 60_000);
    expect(await handlers['backups:list']({ assessmentId: B })).toHaveLength(1);
    expect(await handlers['backups:list']({})).toHaveLength(BACKUPS_KEPT + 1);
    // Written through a temporary file and renamed: nothing half-written is left behind.
    expect(readdirSync(path.join(root, 'backups', A)).filter((f) => !f.endsWith('.zip'))).toEqual(
      [],
    );
  });

  it('never overwrites a backup saved in the same millisecond', async () => {
    const first = await handlers['backups:save']({ assessmentId: A, data: bytes(1) });
    const second = await handlers['backups:save']({ assessmentId: A, data: bytes(2) });
    expect(second.id).not.toBe(first.id);
    expect((await handlers['backups:read']({ id: first.id })).data).toEqual(bytes(1));
  });

  it('lists nothing before the first backup', async () => {
    expect(await handlers['backups:list']({})).toEqual([]);
    expect(await handlers['backups:list']({ assessmentId: A })).toEqual([]);
  });

  it('says clearly when a backup no longer exists', async () => {
    await expect(
      handlers['backups:read']({ id: `${A}/backup-2026-01-15T14-02-00-000Z.zip` }),
    ).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringContaining('no longer exists'),
    });
  });

  it('refuses ids that could reach outside the backups folder, and oversized or empty data', async () => {
    const all = { ...handlers } as unknown as Handlers;
    const call = (channel: string, arg: unknown) => dispatch(all, () => true, channel, null, [arg]);
    for (const id of [
      '../etc/passwd',
      `${A}/../../x.zip`,
      `${A}/backup-2026-01-15T14-02-00-000Z.zip/..`,
      '/abs/backup-1.zip',
    ]) {
      expect(await call('backups:read', { id })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(await call('backups:save', { assessmentId: '../x', data: bytes(1) })).toMatchObject({
      ok: false,
    });
    expect(await call('backups:save', { assessmentId: A, data: new Uint8Array() })).toMatchObject({
      ok: false,
    });
    const tooBig = { byteLength: MAX_BACKUP_BYTES + 1 };
    expect(
      ipcContract['backups:save'].safeParse([
        { assessmentId: A, data: Object.setPrototypeOf(tooBig, Uint8Array.prototype) },
      ]).success,
    ).toBe(false);
    expect(await call('backups:list', { assessmentId: 'a/b' })).toMatchObject({ ok: false });
  });
});
