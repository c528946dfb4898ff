// Setup for the component test project (jsdom): an in-memory IndexedDB and DOM cleanup after each test.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
