import { useTranslation } from 'react-i18next';
import type { HandoffRecord, ImportRecord } from '../../storage/handoffs';
import { useHandoffs } from '../../storage/use-handoffs';
import { formatDateTime } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';

// The chapters handed to colleagues and what came back, with Undo for each import still in force.
export function HandoffList({
  assessmentId,
  onUndo,
}: {
  assessmentId: string;
  onUndo: (handoff: HandoffRecord, entry: ImportRecord) => void;
}) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const handoffs = useHandoffs(assessmentId);
  if (handoffs === undefined) return null;
  if (handoffs.length === 0) return <p className="muted">{t('list.none')}</p>;
  return (
    <ul className="handoff-list">
      {handoffs.map((record) => (
        <li key={record.id}>
          <p dir="auto">
            {t('list.item', {
              name: isolate(record.handoff.to.name),
              agency: isolate(record.handoff.to.agency),
              time: isolate(formatDateTime(record.createdAt, language)),
              count: record.handoff.chapters.length,
            })}
          </p>
          {record.imports.length === 0 ? (
            <p className="muted">{t('list.waiting')}</p>
          ) : (
            <ul>
              {record.imports.map((entry) => (
                <li key={entry.id} className="handoff-list__import">
                  <span>
                    {entry.undoneAt === undefined
                      ? t('list.imported', {
                          count: entry.changed.length,
                          time: isolate(formatDateTime(entry.importedAt, language)),
                        })
                      : t('list.undone', {
                          time: isolate(formatDateTime(entry.undoneAt, language)),
                        })}
                  </span>
                  {entry.undoneAt === undefined && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => onUndo(record, entry)}
                    >
                      {t('actions.undoImport')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
