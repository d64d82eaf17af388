import { useTranslation } from 'react-i18next';
import type { ReceivedHandoff } from '../../storage/handoff-receive';
import type { ImportRecord, SentHandoff } from '../../storage/handoffs';
import { useHandoffs } from '../../storage/use-handoffs';
import { formatDateTime } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { isolate } from '../export/bidi';

interface HandoffListProps {
  readonly assessmentId: string;
  readonly onUndo: (handoff: SentHandoff, entry: ImportRecord) => void;
  readonly onSendBack: (handoff: ReceivedHandoff) => void;
}

// Chapters handed to colleagues and what came back (Undo for each import still in force), and
// hand-offs received from a focal point, with a way to send the answers back.
export function HandoffList({ assessmentId, onUndo, onSendBack }: HandoffListProps) {
  const { t } = useTranslation('package');
  const handoffs = useHandoffs(assessmentId);
  if (handoffs === undefined) return null;
  if (handoffs.length === 0) return <p className="muted">{t('list.none')}</p>;
  return (
    <ul className="handoff-list">
      {handoffs.map((record) =>
        record.direction === 'sent' ? (
          <SentItem key={record.id} record={record} onUndo={onUndo} />
        ) : (
          <ReceivedItem key={record.id} record={record} onSendBack={onSendBack} />
        ),
      )}
    </ul>
  );
}

function SentItem({ record, onUndo }: { record: SentHandoff; onUndo: HandoffListProps['onUndo'] }) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const when = (at: number) => isolate(formatDateTime(at, language));
  return (
    <li>
      <p dir="auto">
        {t('list.item', {
          name: isolate(record.handoff.to.name),
          agency: isolate(record.handoff.to.agency),
          time: when(record.createdAt),
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
                      time: when(entry.importedAt),
                    })
                  : t('list.undone', { time: when(entry.undoneAt) })}
              </span>
              {entry.undoneAt === undefined && (
                <button type="button" className="secondary" onClick={() => onUndo(record, entry)}>
                  {t('actions.undoImport')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ReceivedItem({
  record,
  onSendBack,
}: {
  record: ReceivedHandoff;
  onSendBack: HandoffListProps['onSendBack'];
}) {
  const { t } = useTranslation('package');
  const language = useLanguage();
  const last = record.sentBack.at(-1);
  return (
    <li>
      <p dir="auto">
        {t('list.received', {
          name: isolate(record.handoff.from.name),
          agency: isolate(record.handoff.from.agency),
          time: isolate(formatDateTime(record.createdAt, language)),
          count: record.handoff.chapters.length,
        })}
      </p>
      <div className="handoff-list__import">
        <span className="muted">
          {last === undefined
            ? t('list.notSentBack')
            : t('list.sentBack', { time: isolate(formatDateTime(last, language)) })}
        </span>
        <button type="button" className="secondary" onClick={() => onSendBack(record)}>
          {t('actions.sendBack')}
        </button>
      </div>
    </li>
  );
}
