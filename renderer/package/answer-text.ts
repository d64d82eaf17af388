import type { AnswerEntry } from './schemas';

// One readable line for an answer value, whatever its type (CSV cells, the report, aggregation).
// The value was checked against the engine's answerSchemaFor(type) before it gets here.
// `label` turns an option id into words (the report passes the localized option labels).
export function answerText(
  entry: Pick<AnswerEntry, 'type' | 'value'>,
  label: (optionId: string) => string = (id) => id,
): string {
  const value = entry.value as never;
  switch (entry.type) {
    case 'single-choice':
      return label(value);
    case 'compliance':
    case 'yes-no':
    case 'short-text':
    case 'long-text':
    case 'date':
    case 'country':
      return String(value);
    case 'number':
      return String(value);
    case 'multiple-choice': {
      const v = value as { selected: string[]; other?: string };
      return [...v.selected.map(label), ...(v.other ? [`other: ${v.other}`] : [])].join('; ');
    }
    case 'table': {
      const v = value as { rows: { id: string; cells: Record<string, string | number | null> }[] };
      return v.rows
        .map(
          (row) =>
            `${row.id}: ${Object.entries(row.cells)
              .map(([k, c]) => `${k}=${c ?? ''}`)
              .join(', ')}`,
        )
        .join(' | ');
    }
    case 'citations': {
      const v = value as { title: string; article: string; link?: string }[];
      return v.map((c) => [c.title, c.article, c.link].filter(Boolean).join(', ')).join(' | ');
    }
    case 'attachments': {
      const v = value as { name: string; sha256: string }[];
      return v.map((a) => a.name).join('; ');
    }
    case 'technical-assistance': {
      const v = value as { need: string; types: string[]; otherType?: string; priority?: string };
      if (v.need === 'no') return 'no';
      return [
        `yes: ${v.types.join(', ')}`,
        v.otherType ? `other: ${v.otherType}` : '',
        v.priority ? `priority: ${v.priority}` : '',
      ]
        .filter(Boolean)
        .join('; ');
    }
  }
}
