import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageUsage } from '../../storage/hooks';
import { useLanguage } from '../common/use-language';
import { formatFileSize } from '../questions/file-size';

// Whether the browser promised to keep our data (navigator.storage.persisted). null: cannot tell.
function usePersisted(): boolean | null | undefined {
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const storage = globalThis.navigator?.storage;
    const asked = storage?.persisted ? storage.persisted() : Promise.resolve(null);
    asked.then(
      (value) => live && setPersisted(value),
      () => live && setPersisted(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return persisted;
}

// How much space the answers take on this device, and whether it may be evicted.
export function StorageInfo() {
  const { t } = useTranslation('durability');
  const language = useLanguage();
  const usage = useStorageUsage();
  const persisted = usePersisted();
  return (
    <section className="backups__section" aria-labelledby="storage-info-title">
      <h2 id="storage-info-title">{t('storage.title')}</h2>
      {usage === undefined ? null : usage === null ? (
        <p>{t('storage.unknown')}</p>
      ) : (
        <p>
          {t('storage.used', {
            used: formatFileSize(usage.usage, language),
            quota: formatFileSize(usage.quota, language),
          })}
        </p>
      )}
      {persisted === undefined ? null : (
        <p className={persisted ? 'backups__persisted' : 'backups__not-persisted'}>
          {persisted === true
            ? t('storage.persisted')
            : persisted === false
              ? t('storage.notPersisted')
              : t('storage.persistUnknown')}
        </p>
      )}
    </section>
  );
}
