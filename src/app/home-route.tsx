// The start screen or overview with its links to entity pages and traces: one chunk, loaded by the router.

import { OverviewLinks } from '../features/answer/overview-links';
import { HomeScreen } from '../features/overview/home-screen';

/** The `/` route: {@link HomeScreen} inside {@link OverviewLinks} (entity links and trace buttons in its table). */
export function HomeRoute() {
  return (
    <OverviewLinks>
      <HomeScreen />
    </OverviewLinks>
  );
}
