import { useTranslation } from 'react-i18next';
import type { TableAnswer, TableCellValue, TableRowAnswer } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import type { ControlProps } from './control-props';
import { TableCell } from './table-cell';

function newRowId(rows: readonly TableRowAnswer[]): string {
  let n = rows.length + 1;
  while (rows.some((r) => r.id === `row-${n}`)) n += 1;
  return `row-${n}`;
}

function isEmpty(answer: TableAnswer): boolean {
  return answer.rows.every((row) => Object.values(row.cells).every((c) => c === null || c === ''));
}

export function TableControl({ question, value, onChange, ids, language }: ControlProps<'table'>) {
  const { t } = useTranslation('questions');
  const dynamic = question.rows.kind === 'dynamic';
  const rows: { id: string; label: string }[] =
    question.rows.kind === 'fixed'
      ? question.rows.items.map((item) => ({ id: item.id, label: localize(item.label, language) }))
      : (value?.rows ?? []).map((row, index) => ({
          id: row.id,
          label: t('table.rowNumber', { number: index + 1 }),
        }));
  const stored = new Map((value?.rows ?? []).map((row) => [row.id, row]));
  const maxRows = question.rows.kind === 'dynamic' ? question.rows.maxRows : undefined;

  const commit = (next: TableAnswer) => onChange(isEmpty(next) && !dynamic ? null : next);
  const setCell = (rowId: string, columnId: string, cell: TableCellValue) => {
    const all = rows.map((r) => stored.get(r.id) ?? { id: r.id, cells: {} });
    commit({
      rows: all.map((r) =>
        r.id === rowId ? { id: r.id, cells: { ...r.cells, [columnId]: cell } } : r,
      ),
    });
  };
  const addRow = () => {
    const current = value?.rows ?? [];
    commit({ rows: [...current, { id: newRowId(current), cells: {} }] });
  };
  const removeRow = (rowId: string) => {
    const remaining = (value?.rows ?? []).filter((r) => r.id !== rowId);
    onChange(remaining.length === 0 ? null : { rows: remaining });
  };

  return (
    <div className="table-control">
      <div className="table-scroll">
        <table aria-labelledby={ids.label} aria-describedby={ids.describedBy}>
          <thead>
            <tr>
              <td />
              {question.columns.map((column) => (
                <th key={column.id} scope="col">
                  {localize(column.label, language)}
                </th>
              ))}
              {dynamic && (
                <th scope="col">
                  <span className="visually-hidden">{t('table.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {question.columns.map((column) => (
                  <td key={column.id}>
                    <TableCell
                      column={column}
                      value={stored.get(row.id)?.cells[column.id]}
                      onChange={(cell) => setCell(row.id, column.id, cell)}
                      label={t('table.cellLabel', {
                        column: localize(column.label, language),
                        row: row.label,
                      })}
                      language={language}
                    />
                  </td>
                ))}
                {dynamic && (
                  <td>
                    <button type="button" className="secondary" onClick={() => removeRow(row.id)}>
                      {t('table.removeRow', { row: row.label })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dynamic && (
        <button
          type="button"
          id={ids.control}
          className="secondary"
          onClick={addRow}
          disabled={maxRows !== undefined && rows.length >= maxRows}
        >
          {t('table.addRow')}
        </button>
      )}
    </div>
  );
}
