// A word of the interface linked to its entry in the glossary ("Begrippen"), so a newcomer can look up
// any term where it is used.

import type { ReactNode } from 'react';
import { glossaryPath } from './help-links';

/**
 * `children` as a link to `#/begrippen#<term>` (the glossary's anchor for `term`, e.g. `leeftijdsgrens`),
 * styled as a quiet dotted link (class `term-link`). A plain anchor, not a router link, so it also works
 * where no router is mounted; the hash router picks the address up.
 */
export function TermLink({ term, children }: { term: string; children: ReactNode }) {
  return (
    <a className="term-link" href={`#${glossaryPath(term)}`}>
      {children}
    </a>
  );
}
