import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, Host } from '../../host/host';

export type BackupList =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly backups: readonly BackupInfo[] }
  | { readonly kind: 'failed'; readonly message: string };

// The backups the host keeps (newest first); `reload` after making or restoring one.
export function useBackupList(host: Host): { list: BackupList; reload: () => void } {
  const [list, setList] = useState<BackupList>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    host.listBackups().then(
      (backups) => live && setList({ kind: 'ready', backups }),
      (error: unknown) =>
        live &&
        setList({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [host, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { list, reload };
}
