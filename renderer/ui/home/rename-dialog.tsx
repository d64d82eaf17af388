import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../common/modal-dialog';

interface RenameDialogProps {
  readonly title: string;
  readonly heading: string;
  readonly submitLabel: string;
  readonly onSubmit: (title: string) => void;
  readonly onClose: () => void;
}

// Used for rename and for naming a duplicate.
export function RenameDialog({
  title,
  heading,
  submitLabel,
  onSubmit,
  onClose,
}: RenameDialogProps) {
  const { t } = useTranslation('home');
  const [value, setValue] = useState(title);
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() !== '') onSubmit(value.trim());
  };
  return (
    <ModalDialog title={heading} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('create.name')}</label>
          <input
            id={inputId}
            type="text"
            dir="auto"
            value={value}
            required
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('create.cancel')}
          </button>
          <button type="submit">{submitLabel}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
