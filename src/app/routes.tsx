// The route table (hash-based in the page, in memory in tests): one entry per screen under the layout.

import { createHashRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { AnswerScreen } from '../features/answer/answer-screen';
import { AudienceScreen } from '../features/audience/audience-screen';
import { OverviewLinks } from '../features/answer/overview-links';
import { CompareScreen } from '../features/compare/compare-screen';
import { DataScreen } from '../features/data/data-screen';
import { EntityScreen } from '../features/entity/entity-screen';
import { GlossaryScreen } from '../features/help/glossary-screen';
import { StatementScreen } from '../features/help/statement-screen';
import { HomeScreen } from '../features/overview/home-screen';
import { ImportScreen } from '../features/import/import-screen';
import { PresentScreen } from '../features/present/present-screen';
import { ReportScreen } from '../features/report/report-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { Layout, NotFound } from './layout';

/**
 * The screens under the layout, one line each: `/` start screen or overview, `/import` import screen,
 * `/audience` typed-in audience ("Doelgroep intypen"),
 * `/data` data screen (imports, delete, workspace file, storage), `/compare`, `/answer` (question 3),
 * `/entity/:id`, `/settings`, `/report` (print/PDF and PowerPoint), `/present` (presentation mode), `/begrippen` (glossary),
 * `/toegankelijkheid` (accessibility statement); the overview's table links to entity pages and traces (`OverviewLinks`). Add a screen by adding a line here (and
 * its link in `layout.tsx`).
 */
const SCREENS: RouteObject[] = [
  { index: true, element: <OverviewLinks><HomeScreen /></OverviewLinks> },
  { path: 'import', element: <ImportScreen /> },
  { path: 'audience', element: <AudienceScreen /> },
  { path: 'data', element: <DataScreen /> },
  { path: 'compare', element: <CompareScreen /> },
  { path: 'answer', element: <AnswerScreen /> },
  { path: 'entity/:id', element: <EntityScreen /> },
  { path: 'settings', element: <SettingsScreen /> },
  { path: 'report', element: <ReportScreen /> },
  { path: 'present', element: <PresentScreen /> },
  { path: 'begrippen', element: <GlossaryScreen /> },
  { path: 'toegankelijkheid', element: <StatementScreen /> },
];

/** Routes: the layout with {@link SCREENS}, and a not-found screen for anything else. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [...SCREENS, { path: '*', element: <NotFound /> }],
  },
];

/** A hash router over {@link routes}, so the static build works from any folder (`#/import`). */
export function createAppRouter() {
  return createHashRouter(routes);
}
