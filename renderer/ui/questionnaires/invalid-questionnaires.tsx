import { useTranslation } from 'react-i18next';
import type { InvalidItem } from './catalogue';
import { DefinitionErrorList } from './definition-error-list';

// Questionnaire files that failed the checks: listed with why, so nobody wonders where they went.
export function InvalidQuestionnaires({ items }: { items: readonly InvalidItem[] }) {
  const { t } = useTranslation('definitions');
  if (items.length === 0) return null;
  return (
    <section className="invalid-questionnaires" aria-labelledby="invalid-questionnaires-title">
      <h2 id="invalid-questionnaires-title">{t('invalid.title')}</h2>
      <p>{t('invalid.intro')}</p>
      {items.map((item) => (
        <details key={item.file}>
          <summary>
            <span dir="ltr">{item.file}</span> {t('invalid.count', { count: item.errorCount })}
          </summary>
          <DefinitionErrorList errors={item.errors} />
        </details>
      ))}
    </section>
  );
}
