import { useTranslation } from 'react-i18next';
import type { Provision } from '../../engine/definition';
import { localize } from '../../i18n/localized';
import { useLanguage } from '../common/use-language';

interface PagerProps {
  readonly previous: Provision | undefined;
  readonly next: Provision | undefined;
  readonly onGo: (provisionId: string) => void;
}

// Previous / next provision; the arrows point the reading direction (mirrored in RTL by CSS).
export function Pager({ previous, next, onGo }: PagerProps) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {previous ? (
        <button
          type="button"
          className="pager__previous secondary"
          onClick={() => onGo(previous.id)}
        >
          <span className="pager__direction">
            <span className="chevron chevron--start" aria-hidden="true" />
            {t('pager.previous')}
          </span>
          <span className="pager__title">{localize(previous.title, language)}</span>
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="pager__next" onClick={() => onGo(next.id)}>
          <span className="pager__direction">
            {t('pager.next')}
            <span className="chevron chevron--end" aria-hidden="true" />
          </span>
          <span className="pager__title">{localize(next.title, language)}</span>
        </button>
      )}
    </nav>
  );
}
