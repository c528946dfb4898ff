// The route table (hash-based in the page, in memory in tests): one entry per screen under the layout.

import { createHashRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { DataScreen } from '../features/data/data-screen';
import { HomeScreen } from '../features/overview/home-screen';
import { ImportScreen } from '../features/import/import-screen';
import { Layout, NotFound } from './layout';

/**
 * The screens under the layout, one line each: `/` start screen or overview, `/import` import screen,
 * `/data` data screen (imports, delete, workspace file, storage). Add a screen by adding a line here (and
 * its link in `layout.tsx`).
 */
const SCREENS: RouteObject[] = [
  { index: true, element: <HomeScreen /> },
  { path: 'import', element: <ImportScreen /> },
  { path: 'data', element: <DataScreen /> },
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
