// Draws one chart of the report (overview youth share, representation index, age profiles) in its chart frame, for the report page and presentation mode.

import { useCallback } from 'react';
import { formatOneDecimal, INTL_LOCALE } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { AgeProfileChart } from './age-profile-chart';
import { tickDecimals } from './chart-scale';
import { GroupedBarChart } from './grouped-bar-chart';
import type { ReportChart } from './report-content';
import { YouthShareChart } from './youth-share-chart';

/**
 * The chart of `chart` in a `ChartFrame` (`<figure data-chart="<spec id>">` with title, subtitle, legend,
 * notes, source, date, export menu and data table): `YouthShareChart` for `youth-share`, `GroupedBarChart`
 * with values to one decimal (`394,6`) and axis ticks without needless decimals (`400`) for `grouped-bars`, `AgeProfileChart` for `age-profile`.
 */
export function ReportChartView({ chart }: { chart: ReportChart }) {
  const language = useLanguage();
  const oneDecimal = useCallback((v: number) => formatOneDecimal(v, language), [language]);
  // Axis ticks without needless decimals: 400, not 400,0 (but 12,5 stays 12,5).
  const axis = useCallback(
    (v: number, ticks: readonly number[]) => new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: tickDecimals(ticks) }).format(v),
    [language],
  );
  if (chart.kind === 'youth-share') return <YouthShareChart points={chart.points} population={chart.population} />;
  if (chart.kind === 'grouped-bars') {
    return <GroupedBarChart spec={chart.spec} groups={chart.groups} platforms={chart.platforms} format={oneDecimal} formatAxis={axis} reference={chart.reference} />;
  }
  return <AgeProfileChart id={chart.spec.id} rows={chart.rows} title={chart.spec.title} subtitle={chart.spec.subtitle} />;
}
