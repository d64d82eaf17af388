import { useTranslation } from 'react-i18next';
import type { TableCellValue, TableColumn } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { formatNumber, parseLocalizedNumber } from './parse-number';
import { useState } from 'react';

interface CellProps {
  readonly column: TableColumn;
  readonly value: TableCellValue | undefined;
  readonly onChange: (value: TableCellValue) => void;
  readonly label: string;
  readonly language: Language;
}

function NumberCell({ column, value, onChange, label, language }: CellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown =
    draft ?? (typeof value === 'number' ? formatNumber(value, language) : (value ?? ''));
  return (
    <input
      type="text"
      inputMode={column.type === 'integer' ? 'numeric' : 'decimal'}
      aria-label={label}
      value={shown}
      onChange={(event) => {
        setDraft(event.target.value);
        const text = event.target.value.trim();
        // Unreadable text is kept as text so nothing typed is lost; validation flags the cell.
        onChange(text === '' ? null : (parseLocalizedNumber(text, language) ?? text));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

export function TableCell(props: CellProps) {
  const { t } = useTranslation('questions');
  const { column, value, onChange, label } = props;
  const text = typeof value === 'string' ? value : '';
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return <NumberCell {...props} />;
    case 'date':
      return (
        <input
          type="date"
          aria-label={label}
          value={text}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
    case 'yes-no':
      return (
        <select aria-label={label} value={text} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('table.noValue')}</option>
          <option value="yes">{t('yesNo.yes')}</option>
          <option value="no">{t('yesNo.no')}</option>
        </select>
      );
    case 'text':
      return (
        <input
          type="text"
          dir="auto"
          aria-label={label}
          value={text}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
  }
}
