import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../engine';

const SHOWN = 20;

// Each error where an author can find it: the JSON path, the question id, and the checker's
// message (in English, as the validator prints it for the secretariat).
export function DefinitionErrorList({ errors }: { errors: readonly DefinitionError[] }) {
  const { t } = useTranslation('definitions');
  return (
    <>
      <ul className="definition-errors">
        {errors.slice(0, SHOWN).map((error, index) => (
          <li key={`${error.path}-${index}`}>
            <bdi dir="ltr">
              <code>{error.path}</code>
            </bdi>{' '}
            {error.questionId && <span>{t('errors.question', { id: error.questionId })} </span>}
            <bdi dir="ltr" lang="en">
              {error.message}
            </bdi>
          </li>
        ))}
      </ul>
      {errors.length > SHOWN && <p>{t('errors.more', { count: errors.length - SHOWN })}</p>}
    </>
  );
}
