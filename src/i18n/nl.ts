// Dutch (nl-BE) message catalogue: every visible string of the interface; the default language (DESIGN.md §7).

/**
 * The Dutch messages. Keys are grouped per screen; `{{name}}` placeholders are filled by i18next.
 * Fixed labels from DESIGN.md §7: `al geïmporteerd` (a file already stored), `geen leeftijdsgegevens`
 * (no age data). The English catalogue (`en.ts`) must have exactly the same keys ({@link Messages}).
 */
export const nl = {
  app: {
    name: 'Jongerenbereik',
    tagline: 'Hoeveel jongeren bereiken onze sociale media?',
    skipToContent: 'Naar de inhoud',
    mainNav: 'Hoofdnavigatie',
    language: 'Taal',
    languageNl: 'Nederlands',
    languageEn: 'English',
    footer: 'Alle gegevens blijven in deze browser. Er wordt niets naar een server gestuurd.',
    loading: 'Laden…',
    notFound: 'Deze pagina bestaat niet.',
    backHome: 'Naar het overzicht',
    error: 'Er ging iets mis: {{detail}}',
  },
  nav: {
    overview: 'Overzicht',
    import: 'Importeren',
  },
  start: {
    title: 'Welkom bij Jongerenbereik',
    intro:
      'Jongerenbereik leest de analyse-exports van Facebook, Instagram, YouTube, TikTok, LinkedIn, X en Snapchat ' +
      'en toont per entiteit en platform welk deel van het publiek jonger is dan 25 jaar (het jongerenaandeel), ' +
      'naast het aandeel jongeren in de Vlaamse bevolking.',
    privacy: 'Alles gebeurt in deze browser: de bestanden verlaten je computer niet.',
    loadSample: 'Voorbeeldgegevens laden',
    loadSampleHint: 'Fictieve cijfers voor enkele Vlaamse overheidsorganisaties, om de app te verkennen.',
    goImport: 'Eigen exports importeren',
    loadingSample: 'Voorbeeldgegevens worden geladen… ({{done}} van {{total}})',
    sampleEmpty: 'Er zijn nog geen voorbeeldbestanden beschikbaar.',
    sampleFailed: 'Niet alle voorbeeldbestanden konden worden geladen:',
  },
  overview: {
    title: 'Overzicht',
    chartEmpty: 'Nog geen accounts met leeftijdsgegevens: er valt niets te tekenen.',
    seriesYouthShare: 'Jongerenaandeel',
    seriesPopulation: 'Bevolking (zelfde leeftijdsgrens)',
    floorNote:
      'Jongeren = jonger dan 25. Bij leeftijdsgrens 13+ telt 13-24 als aandeel van 13+ (bevolking {{pop13}}); ' +
      'bij 18+ telt 18-24 als aandeel van 18+ (bevolking {{pop18}}).',
    noAgeDataCount_one: '{{count}} account heeft geen leeftijdsgegevens en staat niet in de grafiek.',
    noAgeDataCount_other: '{{count}} accounts hebben geen leeftijdsgegevens en staan niet in de grafiek.',
    tableCaption: 'Jongerenaandeel per account (entiteit en platform)',
    colEntity: 'Entiteit',
    colPlatform: 'Platform',
    colYouthShare: 'Jongerenaandeel',
    colAgeFloor: 'Leeftijdsgrens',
    colBasis: 'Basis',
    colPeriod: 'Periode',
    noAgeData: 'geen leeftijdsgegevens',
    noPeriod: '—',
    empty: 'Nog geen gegevens.',
    importMore: 'Meer exports importeren',
  },
  basis: {
    views: 'weergaven',
    followers: 'volgers',
    reach: 'bereik',
    viewers: 'kijkers',
    watchTime: 'kijktijd',
    engagedAudience: 'betrokken publiek',
  },
  import: {
    title: 'Exports importeren',
    intro:
      'Kies of sleep een of meer exportbestanden (CSV, TSV, ZIP) van de platformen. Je ziet eerst wat erin staat; ' +
      'pas na bevestiging wordt iets bewaard.',
    dropZone: 'Sleep bestanden hierheen',
    chooseFiles: 'Bestanden kiezen',
    fileTypes: 'CSV, TSV of ZIP, zoals de platformen ze exporteren',
    reading: 'Bestanden worden gelezen…',
    previewTitle: 'Voorbeeld',
    platform: 'Platform',
    choosePlatform: '— kies het platform —',
    platformUnknown: 'Dit bestand zegt niet van welk platform het komt. Kies het platform.',
    format: 'Formaat',
    account: 'Account',
    period: 'Periode',
    noPeriod: 'niet vermeld',
    entity: 'Entiteit',
    entityFilled: 'Overgenomen van een ander bestand in deze reeks; pas aan waar nodig.',
    entityHint: 'Kies een bekende entiteit of typ een nieuwe naam.',
    ageSplit: 'Leeftijdsverdeling ({{basis}})',
    noAgeData: 'geen leeftijdsgegevens',
    youthShare: 'Jongerenaandeel',
    youthShareValue: '{{share}} (leeftijdsgrens {{floor}})',
    observations_one: '{{count}} waarde gelezen',
    observations_other: '{{count}} waarden gelezen',
    warnings: 'Opmerkingen',
    duplicateStored: 'al geïmporteerd',
    duplicateBatch: 'staat al in deze selectie',
    duplicateNote: 'Dit bestand wordt niet opnieuw bewaard.',
    confirm: 'Importeren',
    confirmCount_one: '{{count}} bestand wordt bewaard.',
    confirmCount_other: '{{count}} bestanden worden bewaard.',
    blockedEntity: 'Vul voor elk bestand een entiteit in.',
    blockedPlatform: 'Kies voor elk bestand het platform.',
    blockedNothing: 'Er is geen bestand om te bewaren.',
    committing: 'Bewaren… ({{done}} van {{total}})',
    resultTitle: 'Resultaat',
    resultStored: 'bewaard',
    resultDuplicate: 'al geïmporteerd',
    resultFailed: 'niet bewaard',
    goOverview: 'Naar het overzicht',
    startOver: 'Andere bestanden importeren',
    removeFile: 'Verwijderen uit de selectie',
  },
  warnings: {
    'cut-off-character': 'Het bestand eindigt midden in een teken; het is misschien onvolledig.',
    'stray-quote': 'Regel {{line}} heeft een aanhalingsteken op een onverwachte plaats; de regel is zo goed mogelijk gelezen.',
    'unique-sum-upper-bound':
      'Het totaal $t(basis.{{metric}}) ({{total}}) is de som van {{count}} unieke aantallen (bv. per dag): een bovengrens, ' +
      'want dezelfde persoon kan in meer dan één ervan meetellen.',
    'unknown-columns-ignored_one': '{{count}} onbekende kolom genegeerd: {{columns}}',
    'unknown-columns-ignored_other': '{{count}} onbekende kolommen genegeerd: {{columns}}',
  },
  problem: {
    withLine: '{{file}}, regel {{line}}: {{reason}}',
    withoutLine: '{{file}}: {{reason}}',
    detail: '{{reason}} ({{detail}})',
    empty: 'het bestand is leeg',
    binary: 'dit is geen tekstbestand (misschien een afbeelding of een ander binair bestand)',
    'not-text': 'dit is geen tekstbestand',
    'unknown-format': 'het formaat wordt niet herkend als een export van een ondersteund platform',
    unsupported: 'dit exportformaat wordt (nog) niet ondersteund',
    malformed: 'het bestand is beschadigd of onvolledig',
    'too-large': 'het bestand is te groot',
    internal: 'interne fout bij het lezen',
    quota: 'er is niet genoeg opslagruimte in de browser',
    'storage-full': 'de opslagruimte van de browser voor deze site is vol; er is niets van dit bestand bewaard',
    'write-aborted': 'het bewaren werd afgebroken (misschien is de schijf vol); er is niets van dit bestand bewaard',
    'entity-required': 'er is geen entiteit opgegeven',
    'invalid-platform': 'het gekozen platform is ongeldig',
    unreadable: 'het bestand kon niet van de schijf worden gelezen',
    'unknown-key': 'dit bestand hoort niet (meer) bij de selectie; kies het opnieuw',
    unknown: 'het bestand kon niet worden gelezen',
  },
} as const;

/** The shape every catalogue has: the same keys as {@link nl}, each a string. */
export type Messages = { [K in keyof typeof nl]: { [L in keyof (typeof nl)[K]]: string } };
