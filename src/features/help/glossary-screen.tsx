// "Begrippen" (`#/begrippen`): every term the interface uses, one meaning each, each with its own anchor
// (`#/begrippen#bereik`) so any screen can link to a term.

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { GLOSSARY_TERMS } from './glossary-terms';
import './help.css';

/**
 * The glossary as a description list in the catalogue's order; the term named in the route's hash
 * (`#bereik`) is scrolled into view and takes the focus, and is marked as the current one.
 */
export function GlossaryScreen() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const wanted = decodeURIComponent(hash.replace(/^#/, ''));

  useEffect(() => {
    if (!wanted) return;
    const target = document.getElementById(wanted);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }, [wanted]);

  return (
    <section className="help-page" aria-labelledby="glossary-title">
      <h1 id="glossary-title">{t('help.glossary.title')}</h1>
      <p className="lead">{t('help.glossary.intro')}</p>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((id) => (
          <div key={id} className={wanted === id ? 'glossary__entry glossary__entry--current' : 'glossary__entry'}>
            <dt id={id} tabIndex={-1}>
              {t(`help.glossary.terms.${id}.term`)}{' '}
              <Link
                className="glossary__anchor"
                to={{ pathname: '/begrippen', hash: id }}
                aria-label={`${t('help.glossary.termLink')}: ${t(`help.glossary.terms.${id}.term`)}`}
              >
                #
              </Link>
            </dt>
            <dd>{t(`help.glossary.terms.${id}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
