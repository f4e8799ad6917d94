import '@testing-library/jest-dom/vitest';
// The threads store saves to IndexedDB; jsdom has none, so tests get an in-memory one.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadAllDeferred } from '@/lib/deferred.ts';

// Components render as in the app once their chunks are in (src/lib/deferred.test.tsx covers the
// loading state).
beforeAll(async () => {
  await loadAllDeferred();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
