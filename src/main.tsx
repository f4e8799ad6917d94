import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers.tsx';
import { Playground } from './app/playground.tsx';
import { preloadWhenIdle } from './lib/deferred.ts';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <Playground />
    </Providers>
  </StrictMode>,
);
// What a first Send shows (markdown, the event list) loads once the first page is up.
preloadWhenIdle();
