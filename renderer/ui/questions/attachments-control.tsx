import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { DEFAULT_MAX_FILE_BYTES, useAttachmentStore } from './attachment-store';
import { checkFiles, type FileRefusal } from './check-files';
import type { ControlProps } from './control-props';
import { formatFileSize } from './file-size';

function useRefusalText(language: Language) {
  const { t } = useTranslation('questions');
  return (refusal: FileRefusal): string => {
    switch (refusal.kind) {
      case 'too-large':
        return t('attachments.tooLarge', {
          name: refusal.name,
          size: formatFileSize(refusal.size, language),
          limit: formatFileSize(refusal.limit, language),
        });
      case 'wrong-type':
        return t('attachments.wrongType', { name: refusal.name, types: refusal.accept.join(', ') });
      case 'too-many':
        return t('attachments.tooMany', { count: refusal.limit });
    }
  };
}

export function AttachmentsControl({
  question,
  value,
  onChange,
  ids,
  language,
}: ControlProps<'attachments'>) {
  const { t } = useTranslation('questions');
  const store = useAttachmentStore();
  const input = useRef<HTMLInputElement>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const refusalText = useRefusalText(language);
  const list = value ?? [];

  const addFiles = async (files: File[]) => {
    if (!store || files.length === 0) return;
    const { accepted, refusals } = checkFiles(question, list, files);
    const problems = refusals.map(refusalText);
    setBusy(true);
    const added: AttachmentRef[] = [];
    for (const file of accepted) {
      try {
        added.push(await store.add(question.id, file));
      } catch (error) {
        problems.push(t('attachments.failed', { name: file.name, reason: String(error) }));
      }
    }
    setBusy(false);
    setMessages(problems);
    if (added.length > 0) onChange([...list, ...added]);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void addFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className="attachments"
      role="group"
      aria-labelledby={ids.label}
      aria-describedby={ids.describedBy}
    >
      <div
        className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('attachments.drop')}</p>
        <button
          type="button"
          id={ids.control}
          className="secondary"
          disabled={!store || busy}
          onClick={() => input.current?.click()}
        >
          {t('attachments.choose')}
        </button>
        <p className="muted">
          {t('attachments.limit', {
            size: formatFileSize(question.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, language),
          })}
        </p>
        <input
          ref={input}
          type="file"
          hidden
          multiple
          tabIndex={-1}
          accept={question.accept?.map((ext) => `.${ext}`).join(',')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void addFiles(files);
          }}
        />
      </div>
      <div role="alert" className="attachments__messages">
        {messages.map((message) => (
          <p key={message} className="field-error">
            {message}
          </p>
        ))}
      </div>
      {busy && <p role="status">{t('attachments.adding')}</p>}
      {list.length > 0 && (
        <ul className="attachments__list">
          {list.map((ref) => (
            <li key={ref.id}>
              <span dir="auto" className="attachments__name">
                {ref.name}
              </span>
              <span className="muted">{formatFileSize(ref.size, language)}</span>
              <button type="button" className="link-button" onClick={() => void store?.open(ref)}>
                {t('attachments.open', { name: ref.name })}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  // Only the reference goes: the bytes stay so that undo can bring the file back.
                  const next = list.filter((r) => r.id !== ref.id);
                  onChange(next.length === 0 ? null : next);
                }}
              >
                {t('attachments.remove', { name: ref.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
