// "Hoe exporteer ik dit?": per platform a short guide (menu path, which report, which file, whether it
// carries ages), each a disclosure with its own anchor so other screens can link to it:
// `#/import?hulp=<platform>` opens that platform's guide and scrolls to it; `?hulp=alle` opens the section.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { GUIDE_PLATFORMS } from '../../lib/help-links';

const FIELDS = ['path', 'report', 'file', 'ages'] as const;

/**
 * The guide section: a heading, the caveat that menus change, then one `<details id="hulp-<platform>">`
 * per platform. The platform named in `?hulp=` is opened and scrolled into view (and takes the focus on
 * its summary, so keyboard and screen-reader users land on it).
 */
export function ExportGuide() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const wanted = params.get('hulp');
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!wanted) return;
    const target = sectionRef.current?.querySelector<HTMLElement>(
      wanted === 'alle' ? 'h2' : `#hulp-${CSS.escape(wanted)} > summary`,
    );
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }, [wanted]);

  return (
    <section className="export-guide" aria-labelledby="export-guide-title" ref={sectionRef}>
      <h2 id="export-guide-title" tabIndex={-1}>
        {t('help.guide.title')}
      </h2>
      <p className="hint">{t('help.guide.intro')}</p>
      {GUIDE_PLATFORMS.map((platform) => (
        <details key={platform} id={`hulp-${platform}`} className="export-guide__item" open={wanted === platform || undefined}>
          <summary>{t(`help.guide.${platform}.name`)}</summary>
          <dl>
            {FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`help.guide.${field}`)}</dt>
                <dd>{t(`help.guide.${platform}.${field}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </section>
  );
}
