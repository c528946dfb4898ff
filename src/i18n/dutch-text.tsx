// Dutch words inside English text: the English catalogue quotes some Dutch source titles as they are
// ("Vlaamse Regulator voor de Media, toezichtsrapport VRT 2022", "slechts een vijfde"). A screen reader
// reading the English page with English rules mispronounces them, so they are marked `lang="nl"`
// (WCAG 2.1 SC 3.1.2 Language of Parts, https://www.w3.org/WAI/WCAG21/Understanding/language-of-parts).

import type { ReactNode } from 'react';
import { useLanguage } from './i18n';

/** Dutch phrases the English catalogue keeps in Dutch (source titles and quotes), longest first. */
export const DUTCH_PHRASES: readonly string[] = [
  'Vlaamse Regulator voor de Media',
  'toezichtsrapport VRT 2022',
  'iets meer dan een derde',
  'slechts een vijfde',
  'Vlaams Gewest',
];

/**
 * `text` split into plain strings and the {@link DUTCH_PHRASES} it contains, in order:
 * `splitDutch('A, slechts een vijfde')` → `[{ text: 'A, ', dutch: false }, { text: 'slechts een vijfde', dutch: true }]`.
 */
export function splitDutch(text: string): { text: string; dutch: boolean }[] {
  const parts: { text: string; dutch: boolean }[] = [];
  let rest = text;
  while (rest.length > 0) {
    let best: { at: number; phrase: string } | null = null;
    for (const phrase of DUTCH_PHRASES) {
      const at = rest.indexOf(phrase);
      if (at >= 0 && (best === null || at < best.at)) best = { at, phrase };
    }
    if (!best) {
      parts.push({ text: rest, dutch: false });
      break;
    }
    if (best.at > 0) parts.push({ text: rest.slice(0, best.at), dutch: false });
    parts.push({ text: best.phrase, dutch: true });
    rest = rest.slice(best.at + best.phrase.length);
  }
  return parts;
}

/**
 * `text` as it is in Dutch mode; in English mode with each Dutch phrase in a `<span lang="nl">`, so
 * assistive technology reads it with Dutch pronunciation.
 */
export function WithDutchParts({ text }: { text: string }): ReactNode {
  const language = useLanguage();
  if (language !== 'en') return text;
  return splitDutch(text).map((part, i) =>
    part.dutch ? (
      <span key={i} lang="nl">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
