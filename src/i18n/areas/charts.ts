// Messages of the chart frame (export menu, data table, source and date lines) and of the youth-share chart.

import type { SameKeys } from '../areas';

/** Dutch (nl-BE) messages, mounted under `charts` (`t('charts.export')`). */
export const nl = {
  export: 'Exporteren',
  exportFor: 'Exporteren: {{title}}',
  kind: {
    png2: 'PNG (2×)',
    png3: 'PNG (3×)',
    svg: 'SVG',
    csv: 'Gegevens (CSV)',
    copy: 'Afbeelding kopiëren',
  },
  kindHint: {
    png2: 'Afbeelding voor dia’s en documenten',
    png3: 'Afbeelding in hoge resolutie, voor drukwerk',
    svg: 'Vectorafbeelding, scherp op elke grootte',
    csv: 'De cijfers achter de grafiek, voor Excel',
    copy: 'Als afbeelding op het klembord',
  },
  downloaded: '{{file}} is gedownload.',
  copied: 'De afbeelding staat op het klembord.',
  failed: 'Exporteren is mislukt: {{detail}}',
  noDrawing: 'er is geen grafiek om te exporteren',
  showTable: 'Toon tabel',
  hideTable: 'Verberg tabel',
  tableCaption: 'Gegevens van de grafiek: {{title}}',
  missing: '—',
  limit: {
    note: 'De {{shown}} hoogste van {{total}} getoond. De tabel bevat ze allemaal.',
    showAll: 'Toon alle {{total}}',
    showTop: 'Toon alleen de {{shown}} hoogste',
  },
  madeOn: 'Gemaakt op {{date}} met Jongerenbereik',
  youthShare: {
    title: 'Jongerenaandeel per account',
    subtitle_one: 'Alle entiteiten en platformen · {{count}} account met leeftijdsgegevens · periode: {{period}}',
    subtitle_other: 'Alle entiteiten en platformen · {{count}} accounts met leeftijdsgegevens · periode: {{period}}',
    periodUnknown: 'niet vermeld in de exports',
    periodPartly: '{{period}} (niet elke export vermeldt zijn periode)',
    description:
      'Staafdiagram van het jongerenaandeel per account ({{count}}): hoogste {{highest}} {{highestShare}}, ' +
      'laagste {{lowest}} {{lowestShare}}. Elke staaf heeft een ruit voor het aandeel jongeren in de bevolking ' +
      'bij dezelfde leeftijdsgrens.',
    source: 'Bron: exports van {{platforms}}; Statbel 2021 (bevolking op 1 januari 2021)',
    and: 'en',
    population: 'Bevolking, zelfde leeftijdsgrens (ruit)',
    colEntity: 'Entiteit',
    colPlatform: 'Platform',
    colYouthShare: 'Jongerenaandeel',
    colBasis: 'Basis (aandeel van)',
    colAgeFloor: 'Leeftijdsgrens',
    colPopulation: 'Bevolking (zelfde leeftijdsgrens)',
  },
};

/** English messages: the same keys as {@link nl}. */
export const en: SameKeys<typeof nl> = {
  export: 'Export',
  exportFor: 'Export: {{title}}',
  kind: {
    png2: 'PNG (2×)',
    png3: 'PNG (3×)',
    svg: 'SVG',
    csv: 'Data (CSV)',
    copy: 'Copy image',
  },
  kindHint: {
    png2: 'Image for slides and documents',
    png3: 'High-resolution image, for print',
    svg: 'Vector image, sharp at any size',
    csv: 'The numbers behind the chart, for Excel',
    copy: 'As an image on the clipboard',
  },
  downloaded: '{{file}} has been downloaded.',
  copied: 'The image is on the clipboard.',
  failed: 'Export failed: {{detail}}',
  noDrawing: 'there is no chart to export',
  showTable: 'Show table',
  hideTable: 'Hide table',
  tableCaption: 'Data of the chart: {{title}}',
  missing: '—',
  limit: {
    note: 'The {{shown}} highest of {{total}} shown. The table holds them all.',
    showAll: 'Show all {{total}}',
    showTop: 'Show only the {{shown}} highest',
  },
  madeOn: 'Made on {{date}} with Youth Reach',
  youthShare: {
    title: 'Youth share per account',
    subtitle_one: 'All entities and platforms · {{count}} account with age data · period: {{period}}',
    subtitle_other: 'All entities and platforms · {{count}} accounts with age data · period: {{period}}',
    periodUnknown: 'not stated in the exports',
    periodPartly: '{{period}} (not every export states its period)',
    description:
      'Bar chart of the youth share per account ({{count}}): highest {{highest}} {{highestShare}}, ' +
      'lowest {{lowest}} {{lowestShare}}. Each bar has a diamond for the share of young people in the ' +
      'population at the same age floor.',
    source: 'Source: exports from {{platforms}}; Statbel 2021 (population on 1 January 2021)',
    and: 'and',
    population: 'Population, same age floor (diamond)',
    colEntity: 'Entity',
    colPlatform: 'Platform',
    colYouthShare: 'Youth share',
    colBasis: 'Basis (share of)',
    colAgeFloor: 'Age floor',
    colPopulation: 'Population (same age floor)',
  },
};
