import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDefinitionText, type DefinitionError } from '../../engine';
import type { Host } from '../../host';
import { localize } from '../../i18n/localized';
import { saveDefinition } from '../../storage/definitions';
import { useDatabase } from '../../storage/storage-context';
import { ModalDialog } from '../common/modal-dialog';
import { useLanguage } from '../common/use-language';
import { DefinitionErrorList } from './definition-error-list';

const MAX_DEFINITION_BYTES = 20 * 1024 * 1024;
const FILTERS = [{ name: 'Omnibus questionnaire', extensions: ['json'] }];

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly file: string; readonly errors: readonly DefinitionError[] }
  | { readonly kind: 'failed'; readonly message: string };

// Opens a questionnaire file the secretariat sent. A file that fails any check is refused, with
// every error and its place, and nothing is stored.
export function OpenQuestionnaireButton({
  host,
  onOpened,
}: {
  host: Host;
  onOpened: (message: string) => void;
}) {
  const { t } = useTranslation('definitions');
  const language = useLanguage();
  const db = useDatabase();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const open = async () => {
    const file = await host.openFile(FILTERS, MAX_DEFINITION_BYTES);
    if (!file) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      setOutcome({ kind: 'failed', message: t('open.notText', { file: file.name }) });
      return;
    }
    const parsed = parseDefinitionText(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'invalid', file: file.name, errors: parsed.errors });
      return;
    }
    const { id, version, title } = parsed.definition;
    const saved = await saveDefinition(db, { id, version, fileName: file.name, text });
    const name = localize(title, language);
    if (saved.kind === 'conflict') {
      setOutcome({ kind: 'failed', message: t('open.conflict', { title: name, version }) });
    } else {
      onOpened(t(saved.kind === 'added' ? 'open.added' : 'open.already', { title: name, version }));
    }
  };

  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          open().catch((error: unknown) =>
            setOutcome({ kind: 'failed', message: t('open.failed', { message: String(error) }) }),
          );
        }}
      >
        {t('open.button')}
      </button>
      {outcome.kind !== 'none' && (
        <ModalDialog title={t('open.refusedTitle')} onClose={() => setOutcome({ kind: 'none' })}>
          {outcome.kind === 'invalid' ? (
            <>
              <p>{t('open.invalid', { file: outcome.file, count: outcome.errors.length })}</p>
              <DefinitionErrorList errors={outcome.errors} />
              <p>{t('open.whatToDo')}</p>
            </>
          ) : (
            <p role="alert">{outcome.message}</p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setOutcome({ kind: 'none' })}>
              {t('open.close')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
