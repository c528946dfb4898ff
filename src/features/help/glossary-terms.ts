// The glossary's term ids: each is the anchor of the term on `#/begrippen` and its key under
// `help.glossary.terms` in the catalogues.

/** The terms in reading order (from the basic words to the computed measures). */
export const GLOSSARY_TERMS = [
  'jongeren',
  'entiteit',
  'platform',
  'account',
  'aanwezigheid',
  'jongerenplatform',
  'periode',
  'publiek',
  'volgers',
  'bereik',
  'vertoningen',
  'weergaven',
  'basis',
  'leeftijdsgroep',
  'leeftijdsgrens',
  'aandeel',
  'jongerenaandeel',
  'representatieindex',
  'evenredig',
  'platformindex',
  'gewogenindex',
  'geschatbereik',
  'maatstaf',
  'gemodelleerd',
  'ingetypt',
  'waarden',
  'referentiecijfer',
] as const;

/** One term id of {@link GLOSSARY_TERMS}, e.g. `bereik`. */
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];
