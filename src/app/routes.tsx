// The route table (hash-based in the page, in memory in tests): one entry per screen under the layout.
// Each screen is its own chunk (React.lazy), fetched the first time it is shown, so the first page load
// carries only the shell (layout, providers, catalogues) and not ten screens, charts and the deck writer.

import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { Layout, NotFound } from './layout';
import { ScreenError } from './screen-error';

/** Every screen's `preload` (see {@link screen}), for {@link preloadScreens}. */
const preloads: (() => Promise<void>)[] = [];

/**
 * A screen loaded on first use: `load` imports the screen's module (its own chunk, with its CSS) and
 * `pick` takes the component out of it. Until it has arrived the component suspends (`React.lazy`) and the
 * layout's `Suspense` shows the loading state; once it is there (also after {@link preloadScreens}) the
 * screen renders at once, without suspending.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  let loaded: ComponentType | null = null;
  const fetch = () => load().then((module) => (loaded = pick(module)));
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  preloads.push(() => fetch().then(() => undefined));
  return function Screen() {
    return loaded ? createElement(loaded) : <Lazy />;
  };
}

/**
 * Loads every screen's chunk now, so that later renders never suspend. The app does not call it (it
 * loads a screen when it is first shown); the interface tests do, to render any route synchronously.
 */
export async function preloadScreens(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()));
}

const HomeScreen = screen(() => import('./home-route'), (m) => m.HomeRoute);
const ImportScreen = screen(() => import('../features/import/import-screen'), (m) => m.ImportScreen);
const AudienceScreen = screen(() => import('../features/audience/audience-screen'), (m) => m.AudienceScreen);
const DataScreen = screen(() => import('../features/data/data-screen'), (m) => m.DataScreen);
const CompareScreen = screen(() => import('../features/compare/compare-screen'), (m) => m.CompareScreen);
const AnswerScreen = screen(() => import('../features/answer/answer-screen'), (m) => m.AnswerScreen);
const EntityScreen = screen(() => import('../features/entity/entity-screen'), (m) => m.EntityScreen);
const SettingsScreen = screen(() => import('../features/settings/settings-screen'), (m) => m.SettingsScreen);
const ReportScreen = screen(() => import('../features/report/report-screen'), (m) => m.ReportScreen);
const PresentScreen = screen(() => import('../features/present/present-screen'), (m) => m.PresentScreen);
const GlossaryScreen = screen(() => import('../features/help/glossary-screen'), (m) => m.GlossaryScreen);
const StatementScreen = screen(() => import('../features/help/statement-screen'), (m) => m.StatementScreen);

/**
 * The screens under the layout, one line each: `/` start screen or overview, `/import` import screen,
 * `/audience` typed-in audience ("Doelgroep intypen"),
 * `/data` data screen (imports, delete, workspace file, storage), `/compare`, `/answer` (question 3),
 * `/entity/:id`, `/settings`, `/report` (print/PDF and PowerPoint), `/present` (presentation mode), `/begrippen`
 * (glossary), `/toegankelijkheid` (accessibility statement); the
 * overview's table links to entity pages and traces (`home-route.tsx`). Add a screen by adding a lazy
 * component above and a line here (and its link in `layout.tsx`).
 */
const SCREENS: RouteObject[] = [
  { index: true, element: <HomeScreen /> },
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
    // A screen that cannot be fetched or drawn shows ScreenError inside the layout (the rest of the page stays).
    children: [...SCREENS.map((r) => ({ ...r, errorElement: <ScreenError /> })), { path: '*', element: <NotFound /> }],
  },
];

/** A hash router over {@link routes}, so the static build works from any folder (`#/import`). */
export function createAppRouter() {
  return createHashRouter(routes);
}
