// Messages that help a newcomer through: the export guide per platform (import screen), the glossary
// ("Begrippen"), the accessibility statement, the import announcements, and format names in the
// interface language.
//
// The menu paths of the export guides were read from the platforms' own analytics screens and help pages
// as they were in 2024-2025 (YouTube Studio help https://support.google.com/youtube/answer/9314357, TikTok
// Creator Academy https://www.tiktok.com/creator-academy, Meta Business Suite help
// https://www.facebook.com/business/help, LinkedIn https://www.linkedin.com/help/linkedin/answer/a547077,
// X https://help.x.com/en/managing-your-account/using-the-post-activity-dashboard, Snapchat
// https://help.snapchat.com/hc/en-us/articles/24892451593108). Platforms rename menus often, so the guide
// says so on screen.

import type { SameKeys } from '../areas';

/** Dutch messages, mounted under `help` (`t('help.guideTitle')`). */
export const nl = {
  navAnswer: 'Bereiken we jongeren?',
  navGlossary: 'Begrippen',
  firstVisit:
    'Jongerenbereik toont voor communicatiemedewerkers en beleidsadviseurs van de Vlaamse overheid hoeveel jongeren de sociale-mediakanalen van hun organisatie bereiken. ' +
    'Je laadt de analyse-exports van de platformen in, en de app zet het aandeel jongeren in je publiek naast het aandeel jongeren in de Vlaamse bevolking.',
  footerStatement: 'Toegankelijkheidsverklaring',
  footerGlossary: 'Begrippen',
  footerNav: 'Over deze app',
  announce: {
    previewed_one: '{{count}} bestand gelezen: {{ready}} klaar om te importeren, {{duplicates}} al geïmporteerd, {{problems}} met een probleem.',
    previewed_other: '{{count}} bestanden gelezen: {{ready}} klaar om te importeren, {{duplicates}} al geïmporteerd, {{problems}} met een probleem.',
    previewedInBatch_one: '{{count}} bestand staat twee keer in deze selectie en wordt één keer geïmporteerd.',
    previewedInBatch_other: '{{count}} bestanden staan twee keer in deze selectie en worden één keer geïmporteerd.',
    committed: 'Importeren klaar: {{stored}} bewaard, {{duplicates}} al geïmporteerd, {{failed}} niet bewaard.',
  },
  guide: {
    title: 'Hoe exporteer ik dit?',
    intro:
      'Per platform: waar je de export vindt, welk rapport je kiest, welk bestand je hier neerzet en of het leeftijden bevat. ' +
      'De menupaden komen uit de analyseschermen en helppagina’s van de platformen zoals ze in 2024-2025 waren. Platformen passen hun menu’s geregeld aan: heet een knop anders, zoek dan naar "Exporteren" of "Gegevens downloaden".',
    path: 'Waar',
    report: 'Welk rapport',
    file: 'Welk bestand',
    ages: 'Leeftijden',
    linkHere: 'Link naar deze uitleg',
    youtube: {
      name: 'YouTube',
      path: 'YouTube Studio › Analyse › Geavanceerde modus › Exporteren (pijl naar beneden) › Door komma’s gescheiden waarden (.csv).',
      report: 'Het tabblad "Leeftijd kijker" (Viewer age) voor de leeftijden; andere tabbladen (Geografie, Abonnementsstatus, Content) voor totalen.',
      file: 'De zip zoals je hem downloadt, of "Table data.csv" (Tabelgegevens) eruit.',
      ages: 'Ja: het aandeel weergaven per leeftijdsgroep, van kijkers die aangemeld zijn en van wie YouTube de leeftijd kent.',
    },
    facebook: {
      name: 'Facebook',
      path: 'Meta Business Suite › Inzichten › Doelgroep (Audience) › Exporteren; voor cijfers per dag: Inzichten › Overzicht of Content › Exporteren.',
      report: 'Doelgroep voor de leeftijden; Volgers, Weergaven, Bereik of Content voor cijfers per dag of per bericht.',
      file: '"Audience.csv" (kies hier daarna het platform Facebook), of "Follows.csv", "Views.csv", … en het contentbestand met datums in de naam.',
      ages: 'Ja, in Audience.csv: het aandeel volgers per leeftijdsgroep. De andere bestanden hebben geen leeftijden.',
    },
    instagram: {
      name: 'Instagram',
      path: 'Meta Business Suite › Inzichten › Doelgroep › kies het Instagram-account › Exporteren.',
      report: 'Doelgroep voor de leeftijden; Content voor cijfers per bericht.',
      file: '"Audience.csv" (kies hier daarna het platform Instagram). Ziet Meta Business Suite geen Instagram-account, lees de leeftijden dan af in de Instagram-app (Professioneel dashboard › Volgers) en typ ze in bij "Doelgroep intypen".',
      ages: 'Ja, in Audience.csv: het aandeel volgers per leeftijdsgroep.',
    },
    tiktok: {
      name: 'TikTok',
      path: 'TikTok Studio › Analyse › Gegevens downloaden (rechtsboven), per tabblad: Overzicht, Volgers, Kijkers, Content.',
      report: 'Alle vier zijn bruikbaar; kies de periode (tot 365 dagen) en CSV of XLSX.',
      file: 'De zips zoals je ze downloadt ("Followers_….zip" en dergelijke). Een los bestand vraagt hier de dag van de download, omdat TikTok datums zonder jaartal schrijft.',
      ages: 'Nee, de download heeft geen leeftijden. Lees ze af in TikTok Studio › Analyse › Kijkers of Volgers en typ ze in bij "Doelgroep intypen".',
    },
    linkedin: {
      name: 'LinkedIn',
      path: 'Je LinkedIn-pagina als beheerder › Analyse › Volgers, Bezoekers of Content › Exporteren.',
      report: 'Volgers, Bezoekers en Content: elk een eigen bestand.',
      file: 'Het .xls- of .xlsx-bestand zoals je het downloadt ("<pagina>_followers_<tijd>.xls").',
      ages: 'Nee, LinkedIn geeft geen leeftijden, alleen functie, senioriteit, sector en regio.',
    },
    x: {
      name: 'X (Twitter)',
      path: 'x.com › Meer › Analytics (of Premium › Analytics) › Account-overzicht › Exporteren; de oude exports komen van analytics.twitter.com.',
      report: 'Het accountoverzicht (cijfers per dag) en de content-export (cijfers per bericht).',
      file: '"account_overview_analytics.csv" of "account_analytics_content_….csv"; oude exports "daily_tweet_activity_metrics_….csv".',
      ages: 'Nee, X geeft geen leeftijden en geen bereik, alleen vertoningen.',
    },
    snapchat: {
      name: 'Snapchat',
      path: 'Snapchat-app › je openbare profiel › Inzichten (vanaf 200 volgers).',
      report: 'Er is geen download: Snapchat toont de leeftijden alleen in de app.',
      file: 'Geen bestand: typ de leeftijden in bij "Doelgroep intypen".',
      ages: 'Alleen op het scherm: 13-17, 18-20, 21-24, 25-34, 35+.',
    },
  },
  glossary: {
    title: 'Begrippen',
    intro:
      'Wat de woorden in Jongerenbereik betekenen. Elk woord heeft één betekenis in de hele app. Je kunt naar een begrip linken met het adres van deze pagina plus "#" en de naam, bijvoorbeeld #bereik.',
    termLink: 'Link naar dit begrip',
    terms: {
      jongeren: {
        term: 'Jongeren',
        text: 'Mensen jonger dan 25 jaar: de leeftijdsgroepen 13-17 en 18-24. Niemand onder 13 is zichtbaar op de platformen.',
      },
      jongerenaandeel: {
        term: 'Jongerenaandeel',
        text: 'Het deel van het publiek (met gekende leeftijd) dat jonger is dan 25, in procent. Het wordt altijd berekend op één basis, bv. de volgers.',
      },
      bereik: {
        term: 'Bereik',
        text: 'Het aantal verschillende mensen dat minstens één keer iets van het account zag in een periode. Elke persoon telt één keer.',
      },
      vertoningen: {
        term: 'Vertoningen (impressies)',
        text: 'Hoe vaak iets van het account op een scherm verscheen. Eén persoon kan vele vertoningen opleveren.',
      },
      weergaven: {
        term: 'Weergaven',
        text: 'Hoe vaak een video of bericht bekeken werd. Ook hier kan één persoon vele keren tellen.',
      },
      volgers: {
        term: 'Volgers',
        text: 'De mensen die het account volgen of de pagina leuk vinden, op een bepaalde dag.',
      },
      publiek: {
        term: 'Publiek',
        text: 'De mensen waar een cijfer over gaat: de volgers, de kijkers of de bereikte mensen, naargelang de basis.',
      },
      basis: {
        term: 'Basis',
        text: 'Waarop een leeftijdsverdeling gemeten is: volgers, weergaven, kijkers, bereik of kijktijd. Een verdeling van volgers zegt iets anders dan een verdeling van weergaven.',
      },
      leeftijdsgroep: {
        term: 'Leeftijdsgroep',
        text: 'Een groep leeftijden zoals het platform ze toont, bv. 18-24 of 65+.',
      },
      leeftijdsgrens: {
        term: 'Leeftijdsgrens (13+ of 18+)',
        text: 'De jongste leeftijd in een verdeling. Bij 13+ telt 13-24 als jongeren; toont het platform niemand onder 18, dan is de grens 18+ en telt alleen 18-24. De bevolking wordt dan met dezelfde grens geteld.',
      },
      entiteit: {
        term: 'Entiteit',
        text: 'Een organisatie van de Vlaamse overheid, bv. VDAB of De Lijn. Een entiteit heeft accounts op een of meer platformen.',
      },
      platform: {
        term: 'Platform',
        text: 'Een sociaal medium: Facebook, Instagram, YouTube, TikTok, LinkedIn, X of Snapchat.',
      },
      account: {
        term: 'Account',
        text: 'Eén pagina, kanaal of profiel van een entiteit op één platform.',
      },
      aanwezigheid: {
        term: 'Aanwezigheid',
        text: 'Of een entiteit op een platform actief is. "Heeft een account" en "geen account" vul je in op de pagina van de entiteit; wat je niet invult en niet importeert, is "onbekend". Alleen "geen account" op een jongerenplatform telt als een platform dat ontbreekt.',
      },
      jongerenplatform: {
        term: 'Jongerenplatform',
        text: 'Een platform dat minstens 10% van de 12- tot 24-jarigen wekelijks gebruikt (de drempel staat bij Instellingen).',
      },
      periode: {
        term: 'Periode',
        text: 'De dagen waarover een export gaat, van de eerste tot en met de laatste dag.',
      },
      aandeel: {
        term: 'Aandeel',
        text: 'Een deel van een geheel, in procent: 12% betekent 12 op de 100.',
      },
      representatieindex: {
        term: 'Vertegenwoordigingsindex',
        text: 'Het jongerenaandeel van een account gedeeld door het aandeel jongeren in de Vlaamse bevolking (met dezelfde leeftijdsgrens), maal 100. 100 betekent: evenveel jongeren als in de bevolking. Onder 80 zijn jongeren ondervertegenwoordigd, boven 120 oververtegenwoordigd (standaarddrempels, aan te passen bij Instellingen).',
      },
      evenredig: {
        term: 'Evenredig',
        text: 'Even groot als in de bevolking: een vertegenwoordigingsindex van 100.',
      },
      platformindex: {
        term: 'Platformrelatieve index',
        text: 'Het jongerenaandeel van een account gedeeld door het jongerenaandeel van alle gebruikers van dat platform, maal 100. Zo zie je of een account jonger is dan het platform zelf.',
      },
      gewogenindex: {
        term: 'Gewogen index',
        text: 'Het gemiddelde van de vertegenwoordigingsindexen van alle accounts, waarbij een groot publiek zwaarder weegt. Is de grootte van een publiek onbekend, dan weegt elk account even zwaar ("gelijke weging").',
      },
      maatstaf: {
        term: 'Getoond cijfer',
        text: 'Het cijfer dat een tabel of grafiek toont: het jongerenaandeel, de vertegenwoordigingsindex of het aantal jongeren in het publiek.',
      },
      geschatbereik: {
        term: 'Jongeren in het publiek (jonge volgers, bereikte jongeren)',
        text: 'De volgers, het bereik of de kijkers van een account maal het jongerenaandeel, naargelang waarvan het account een leeftijdsverdeling heeft: een schatting van het aantal jongeren. Bij volgers heet dat jonge volgers, bij bereik of kijkers bereikte jongeren (wie een video bekeek, is bereikt); zijn de accounts van verschillende soort, dan "jongeren in het publiek". Een volger is niet noodzakelijk bereikt: wie een account volgt, ziet daarom niet alles wat het plaatst. Weergaven tellen niet mee: ze zijn geen mensen.',
      },
      gemodelleerd: {
        term: 'Gemodelleerd',
        text: 'Een schatting die de app berekent met aannames (die er altijd bij staan), geen cijfer uit een export.',
      },
      ingetypt: {
        term: 'Ingetypt',
        text: 'Cijfers die iemand op het scherm van een platform afgelezen en hier ingetypt heeft, met de plaats waar ze gelezen zijn.',
      },
      waarden: {
        term: 'Gelezen cijfers',
        text: 'Het aantal losse cijfers dat de app uit een bestand las (bv. één per dag en per meting).',
      },
      referentiecijfer: {
        term: 'Referentiecijfer',
        text: 'Een cijfer van buiten de exports, met zijn bron en jaar: de bevolking per leeftijd (Statbel), het gebruik van platformen (SMI Barometer) en dergelijke.',
      },
    },
  },
  statement: {
    title: 'Toegankelijkheids\u00ADverklaring',
    intro:
      'Jongerenbereik wil voor iedereen bruikbaar zijn, ook met een schermlezer, alleen met het toetsenbord of met een sterke vergroting. Deze verklaring geldt voor deze app en volgt het model dat Vlaamse overheidswebsites gebruiken.',
    statusTitle: 'Nalevingsstatus',
    status:
      'Deze app voldoet gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA (de norm EN 301 549). De onderdelen die nog niet voldoen, staan hieronder.',
    limitsTitle: 'Niet-toegankelijke inhoud',
    limits: {
      answer: 'Het scherm "Bereiken we jongeren?" kan op een smal scherm (320 pixels breed) nog zijwaarts schuiven in de tabellen met veel kolommen.',
      charts: 'Grafieken zijn afbeeldingen met een beschrijving en een tabel met dezelfde cijfers ("Toon tabel"); de tabel is de volledige versie.',
      exports: 'PowerPoint- en PDF-bestanden die je maakt, zijn niet apart op toegankelijkheid getest.',
    },
    testedTitle: 'Hoe we dit nagaan',
    tested:
      'Elke versie wordt automatisch getest met axe-core (WCAG 2.1 A en AA en de aanbevolen regels) op elk scherm, in het Nederlands en het Engels, op 1280, 390 en 320 pixels breed; het toetsenbordgebruik van importeren, vergelijken, exporteren, presenteren, instellingen en verwijderen wordt in de browser getest.',
    features: {
      title: 'Wat de app doet',
      keyboard: 'Alles werkt met het toetsenbord; de focus is altijd zichtbaar en "Naar de inhoud" slaat het menu over.',
      colour: 'Kleuren hebben minstens 3:1 contrast en een betekenis staat nooit alleen in een kleur (labels en patronen).',
      zoom: 'Tot 400% vergroting (320 pixels breed) zonder dat de pagina zijwaarts schuift.',
      language: 'De taal van de pagina en van Nederlandse bronnamen in de Engelse versie is aangeduid voor schermlezers.',
    },
    contactTitle: 'Feedback en contact',
    contact:
      'Loop je vast of vind je iets niet toegankelijk? Meld het aan de dienst die deze app voor jou heeft opgezet. De app zelf stuurt geen gegevens door.',
    dateTitle: 'Opgesteld',
    date: 'Deze verklaring is opgesteld op 5 december 2026 en wordt bij elke nieuwe versie herzien.',
  },
  formatNames: {
    youthReachTemplate: 'Jongerenbereik-sjabloon (ingetypt)',
    facebookLegacy: 'Facebook-paginastatistieken (oude export)',
    facebookLegacyXlsx: 'Facebook-paginastatistieken (oude export, XLSX)',
    linkedinFollowers: 'LinkedIn-werkmap volgers',
    linkedinVisitors: 'LinkedIn-werkmap bezoekers',
    linkedinContent: 'LinkedIn-werkmap content',
    metaAudience: 'Meta Business Suite: doelgroep',
    metaPageMetric: 'Meta Business Suite: paginacijfer per dag',
    metaPosts: 'Meta Business Suite: berichten',
    tiktokOverview: 'TikTok Studio: overzicht (Overview.csv)',
    tiktokViewers: 'TikTok Studio: kijkers (Viewers.csv)',
    tiktokFollowerHistory: 'TikTok Studio: volgersverloop (FollowerHistory.csv)',
    tiktokFollowerActivity: 'TikTok Studio: activiteit van volgers (FollowerActivity.csv)',
    tiktokContent: 'TikTok Studio: content (Content.csv)',
    tiktokFollowerGender: 'TikTok: geslacht van volgers',
    tiktokFollowerTerritories: 'TikTok: landen van volgers',
    tiktokZip: 'TikTok Studio-download (zip)',
    tiktokBusinessOverview: 'TikTok Business Center: overzicht per dag',
    tiktokBusinessAudience: 'TikTok Business Center: doelgroep per dag',
    xOverview: 'X: accountoverzicht',
    xContent: 'X: berichten',
    xVideo: 'X: video-overzicht',
    xLegacy: 'X (Twitter): oude export per dag',
    youtubeChartData: 'YouTube Studio: grafiekgegevens',
    youtubeTable: 'YouTube Studio: tabel',
    youtubeViewerAge: 'YouTube Studio: leeftijd kijker',
    youtubeViewerGender: 'YouTube Studio: geslacht kijker',
    youtubeZip: 'YouTube Studio-export (zip)',
  },
};

/** English messages: the same keys as {@link nl}. */
export const en: SameKeys<typeof nl> = {
  navAnswer: 'Do we reach young people?',
  navGlossary: 'Glossary',
  firstVisit:
    'Youth Reach shows communication officers and policy advisers of the Flemish government how many young people their organisation’s social media reach. ' +
    'You load the platforms’ analytics exports, and the app sets the share of young people in your audience against the share of young people in the Flemish population.',
  footerStatement: 'Accessibility statement',
  footerGlossary: 'Glossary',
  footerNav: 'About this app',
  announce: {
    previewed_one: '{{count}} file read: {{ready}} ready to import, {{duplicates}} already imported, {{problems}} with a problem.',
    previewed_other: '{{count}} files read: {{ready}} ready to import, {{duplicates}} already imported, {{problems}} with a problem.',
    previewedInBatch_one: '{{count}} file is twice in this selection and is imported once.',
    previewedInBatch_other: '{{count}} files are twice in this selection and are imported once.',
    committed: 'Import done: {{stored}} stored, {{duplicates}} already imported, {{failed}} not stored.',
  },
  guide: {
    title: 'How do I export this?',
    intro:
      'Per platform: where to find the export, which report to choose, which file to drop here and whether it carries ages. ' +
      'The menu paths come from the platforms’ analytics screens and help pages as they were in 2024-2025. Platforms change their menus often: if a button is named differently, look for "Export" or "Download data".',
    path: 'Where',
    report: 'Which report',
    file: 'Which file',
    ages: 'Ages',
    linkHere: 'Link to this guide',
    youtube: {
      name: 'YouTube',
      path: 'YouTube Studio › Analytics › Advanced mode › Export (down arrow) › Comma-separated values (.csv).',
      report: 'The "Viewer age" tab for the ages; other tabs (Geography, Subscription status, Content) for totals.',
      file: 'The zip as downloaded, or the "Table data.csv" inside it.',
      ages: 'Yes: the share of views per age band, from signed-in viewers whose age YouTube knows.',
    },
    facebook: {
      name: 'Facebook',
      path: 'Meta Business Suite › Insights › Audience › Export; for daily figures: Insights › Overview or Content › Export.',
      report: 'Audience for the ages; Follows, Views, Reach or Content for figures per day or per post.',
      file: '"Audience.csv" (then choose the platform Facebook here), or "Follows.csv", "Views.csv", … and the content file with dates in its name.',
      ages: 'Yes, in Audience.csv: the share of followers per age band. The other files carry no ages.',
    },
    instagram: {
      name: 'Instagram',
      path: 'Meta Business Suite › Insights › Audience › choose the Instagram account › Export.',
      report: 'Audience for the ages; Content for figures per post.',
      file: '"Audience.csv" (then choose the platform Instagram here). If Meta Business Suite does not show the Instagram account, read the ages in the Instagram app (Professional dashboard › Followers) and type them in under "Type in audience".',
      ages: 'Yes, in Audience.csv: the share of followers per age band.',
    },
    tiktok: {
      name: 'TikTok',
      path: 'TikTok Studio › Analytics › Download data (top right), per tab: Overview, Followers, Viewers, Content.',
      report: 'All four are usable; choose the period (up to 365 days) and CSV or XLSX.',
      file: 'The zips as downloaded ("Followers_….zip" and so on). A loose file asks here for the day it was downloaded, because TikTok writes dates without a year.',
      ages: 'No, the download carries no ages. Read them in TikTok Studio › Analytics › Viewers or Followers and type them in under "Type in audience".',
    },
    linkedin: {
      name: 'LinkedIn',
      path: 'Your LinkedIn page as an admin › Analytics › Followers, Visitors or Content › Export.',
      report: 'Followers, Visitors and Content: each its own file.',
      file: 'The .xls or .xlsx file as downloaded ("<page>_followers_<time>.xls").',
      ages: 'No, LinkedIn gives no ages, only job function, seniority, industry and location.',
    },
    x: {
      name: 'X (Twitter)',
      path: 'x.com › More › Analytics (or Premium › Analytics) › Account overview › Export; older exports come from analytics.twitter.com.',
      report: 'The account overview (figures per day) and the content export (figures per post).',
      file: '"account_overview_analytics.csv" or "account_analytics_content_….csv"; older exports "daily_tweet_activity_metrics_….csv".',
      ages: 'No, X gives no ages and no reach, only impressions.',
    },
    snapchat: {
      name: 'Snapchat',
      path: 'Snapchat app › your public profile › Insights (from 200 followers).',
      report: 'There is no download: Snapchat shows the ages in the app only.',
      file: 'No file: type the ages in under "Type in audience".',
      ages: 'On screen only: 13-17, 18-20, 21-24, 25-34, 35+.',
    },
  },
  glossary: {
    title: 'Glossary',
    intro:
      'What the words in Youth Reach mean. Each word has one meaning throughout the app. You can link to a term with this page’s address plus "#" and its name, for example #bereik.',
    termLink: 'Link to this term',
    terms: {
      jongeren: {
        term: 'Young people',
        text: 'People under 25: the age bands 13-17 and 18-24. Nobody under 13 is visible on the platforms.',
      },
      jongerenaandeel: {
        term: 'Youth share',
        text: 'The part of the audience (whose age is known) that is under 25, in percent. It is always computed on one basis, e.g. the followers.',
      },
      bereik: {
        term: 'Reach',
        text: 'The number of different people who saw something of the account at least once in a period. Each person counts once.',
      },
      vertoningen: {
        term: 'Impressions',
        text: 'How often something of the account appeared on a screen. One person can make many impressions.',
      },
      weergaven: {
        term: 'Views',
        text: 'How often a video or post was viewed. Here too one person can count many times.',
      },
      volgers: {
        term: 'Followers',
        text: 'The people who follow the account or like the page, on a given day.',
      },
      publiek: {
        term: 'Audience',
        text: 'The people a figure is about: the followers, the viewers or the people reached, depending on the basis.',
      },
      basis: {
        term: 'Basis',
        text: 'What an age split was measured on: followers, views, viewers, reach or watch time. A split of followers says something else than a split of views.',
      },
      leeftijdsgroep: {
        term: 'Age band',
        text: 'A group of ages as the platform shows it, e.g. 18-24 or 65+.',
      },
      leeftijdsgrens: {
        term: 'Age floor (13+ or 18+)',
        text: 'The youngest age in a split. At 13+, 13-24 counts as young; if the platform shows nobody under 18, the floor is 18+ and only 18-24 counts. The population is then counted with the same floor.',
      },
      entiteit: {
        term: 'Entity',
        text: 'An organisation of the Flemish government, e.g. VDAB or De Lijn. An entity has accounts on one or more platforms.',
      },
      platform: {
        term: 'Platform',
        text: 'A social medium: Facebook, Instagram, YouTube, TikTok, LinkedIn, X or Snapchat.',
      },
      account: {
        term: 'Account',
        text: 'One page, channel or profile of an entity on one platform.',
      },
      aanwezigheid: {
        term: 'Presence',
        text: 'Whether an entity is active on a platform. "Has an account" and "no account" are set on the entity’s page; what you neither set nor import is "unknown". Only "no account" on a youth platform counts as a missing platform.',
      },
      jongerenplatform: {
        term: 'Youth platform',
        text: 'A platform used weekly by at least 10% of 12- to 24-year-olds (the threshold is under Settings).',
      },
      periode: {
        term: 'Period',
        text: 'The days an export covers, from the first to the last day inclusive.',
      },
      aandeel: {
        term: 'Share',
        text: 'A part of a whole, in percent: 12% means 12 in 100.',
      },
      representatieindex: {
        term: 'Representation index',
        text: 'An account’s youth share divided by the share of young people in the Flemish population (at the same age floor), times 100. 100 means: as many young people as in the population. Below 80 young people are under-represented, above 120 over-represented (default thresholds, changeable under Settings).',
      },
      evenredig: {
        term: 'Proportional',
        text: 'As large as in the population: a representation index of 100.',
      },
      platformindex: {
        term: 'Platform-relative index',
        text: 'An account’s youth share divided by the youth share of all users of that platform, times 100. It shows whether an account is younger than the platform itself.',
      },
      gewogenindex: {
        term: 'Weighted index',
        text: 'The average of the representation indexes of all accounts, where a large audience weighs more. When an audience’s size is unknown, every account weighs the same ("equal weighting").',
      },
      maatstaf: {
        term: 'Figure shown',
        text: 'The figure a table or chart shows: the youth share, the representation index or the number of young people in the audience.',
      },
      geschatbereik: {
        term: 'Young people in the audience (young followers, young people reached)',
        text: 'An account’s followers, reach or viewers times its youth share, whichever it has an age split of: an estimate of the number of young people. For followers these are young followers, for reach or viewers young people reached (whoever watched a video was reached); when the accounts are of different kinds, "young people in the audience". A follower is not necessarily reached: following an account does not mean seeing all it posts. Views do not count: they are not people.',
      },
      gemodelleerd: {
        term: 'Modelled',
        text: 'An estimate the app computes with assumptions (always shown with it), not a figure from an export.',
      },
      ingetypt: {
        term: 'Typed in',
        text: 'Figures someone read on a platform’s screen and typed in here, with where they were read.',
      },
      waarden: {
        term: 'Figures read',
        text: 'The number of single figures the app read from a file (e.g. one per day and per measure).',
      },
      referentiecijfer: {
        term: 'Reference figure',
        text: 'A figure from outside the exports, with its source and year: the population by age (Statbel), platform use (SMI Barometer) and so on.',
      },
    },
  },
  statement: {
    title: 'Accessibility statement',
    intro:
      'Youth Reach aims to be usable by everyone, also with a screen reader, with the keyboard alone or with strong magnification. This statement covers this app and follows the model Flemish government websites use.',
    statusTitle: 'Compliance status',
    status:
      'This app partly conforms to the Web Content Accessibility Guidelines (WCAG) 2.1, level AA (the standard EN 301 549). The parts that do not yet conform are listed below.',
    limitsTitle: 'Non-accessible content',
    limits: {
      answer: 'The "Do we reach young people?" screen can still scroll sideways in its wide tables on a narrow screen (320 pixels wide).',
      charts: 'Charts are images with a description and a table of the same figures ("Show table"); the table is the complete version.',
      exports: 'PowerPoint and PDF files you make have not been tested for accessibility separately.',
    },
    testedTitle: 'How we check this',
    tested:
      'Every version is tested automatically with axe-core (WCAG 2.1 A and AA and the best-practice rules) on every screen, in Dutch and English, at 1280, 390 and 320 pixels wide; keyboard use of import, compare, export, presenting, settings and delete is tested in the browser.',
    features: {
      title: 'What the app does',
      keyboard: 'Everything works with the keyboard; the focus is always visible and "Skip to content" skips the menu.',
      colour: 'Colours have at least 3:1 contrast and meaning never rests on colour alone (labels and patterns).',
      zoom: 'Up to 400% zoom (320 pixels wide) without the page scrolling sideways.',
      language: 'The language of the page, and of Dutch source names in the English version, is marked for screen readers.',
    },
    contactTitle: 'Feedback and contact',
    contact:
      'Stuck, or found something that is not accessible? Report it to the service that set up this app for you. The app itself sends no data anywhere.',
    dateTitle: 'Prepared',
    date: 'This statement was prepared on 5 December 2026 and is reviewed with every new version.',
  },
  formatNames: {
    youthReachTemplate: 'Youth Reach audience template (typed in)',
    facebookLegacy: 'Facebook Page Insights (legacy export)',
    facebookLegacyXlsx: 'Facebook Page Insights (legacy export, XLSX)',
    linkedinFollowers: 'LinkedIn followers workbook',
    linkedinVisitors: 'LinkedIn visitors workbook',
    linkedinContent: 'LinkedIn content workbook',
    metaAudience: 'Meta Business Suite audience',
    metaPageMetric: 'Meta Business Suite page metric',
    metaPosts: 'Meta Business Suite posts',
    tiktokOverview: 'TikTok Studio overview (Overview.csv)',
    tiktokViewers: 'TikTok Studio viewers (Viewers.csv)',
    tiktokFollowerHistory: 'TikTok Studio follower history (FollowerHistory.csv)',
    tiktokFollowerActivity: 'TikTok Studio follower activity (FollowerActivity.csv)',
    tiktokContent: 'TikTok Studio content (Content.csv)',
    tiktokFollowerGender: 'TikTok follower gender',
    tiktokFollowerTerritories: 'TikTok follower territories',
    tiktokZip: 'TikTok Studio download (zip)',
    tiktokBusinessOverview: 'TikTok Business Center: overview per day',
    tiktokBusinessAudience: 'TikTok Business Center: audience per day',
    xOverview: 'X account overview',
    xContent: 'X content (posts)',
    xVideo: 'X video overview',
    xLegacy: 'X (Twitter) legacy daily activity',
    youtubeChartData: 'YouTube Studio chart data',
    youtubeTable: 'YouTube Studio table',
    youtubeViewerAge: 'YouTube Studio viewer age',
    youtubeViewerGender: 'YouTube Studio viewer gender',
    youtubeZip: 'YouTube Studio export (zip)',
  },
};
