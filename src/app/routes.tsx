// The route table (hash-based in the page, in memory in tests): overview/start at `/`, import at `/import`.

import { createHashRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { HomeScreen } from '../features/overview/home-screen';
import { ImportScreen } from '../features/import/import-screen';
import { Layout, NotFound } from './layout';

/** Routes: `/` start screen or overview, `/import` import screen, anything else a not-found screen. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'import', element: <ImportScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** A hash router over {@link routes}, so the static build works from any folder (`#/import`). */
export function createAppRouter() {
  return createHashRouter(routes);
}
