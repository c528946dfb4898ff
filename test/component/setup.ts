// Setup for the component test project (jsdom): an in-memory IndexedDB, DOM cleanup after each test, and a
// generous wait for every findBy/waitFor (the machine running the tests can be loaded: a wait that passes
// in 0.3 s when idle may need several seconds, and a test must not depend on that).
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
