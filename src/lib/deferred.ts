import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { whenIdle } from './idle.ts';

/**
 * Code kept out of the first download (issue 8: initial JS ≤ 120 KB gzip): a module fetched on
 * first use, or ahead of it when the browser is idle. Unlike React.lazy, once it is in, every
 * render is synchronous: a streaming panel never flashes a Suspense fallback.
 */
export interface DeferredModule<M> {
  /** The module once loaded, else null. */
  current: () => M | null;
  /** Starts (or joins) the download; a failed one may be retried by calling again. */
  load: () => Promise<M>;
}

interface Entry {
  load: () => Promise<unknown>;
  idle: boolean;
}

const registry: Entry[] = [];
/** Set once the app has started: idle modules registered later (in a chunk) are fetched too. */
let idleStarted = false;

export function deferredModule<M>(
  load: () => Promise<M>,
  { idle = false }: { idle?: boolean } = {},
): DeferredModule<M> {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  const start = () =>
    (pending ??= load().then(
      (m) => (loaded = m),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  registry.push({ load: start, idle });
  if (idle && idleStarted) whenIdle(() => void start().catch(() => undefined));
  return { current: () => loaded, load: start };
}

/** The module for a component: null until loaded (the load starts on mount), `failed` if it did. */
export function useDeferredModule<M>(mod: DeferredModule<M>): {
  module: M | null;
  failed: boolean;
} {
  const [state, setState] = useState<{ module: M | null; failed: boolean }>(() => ({
    module: mod.current(),
    failed: false,
  }));
  useEffect(() => {
    if (state.module) return;
    let live = true;
    mod.load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ module: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [mod, state.module]);
  return { module: state.module ?? mod.current(), failed: state.failed };
}

export type DeferredComponent<P> = ComponentType<P> & { load: () => Promise<unknown> };

/**
 * A component in its own chunk: `fallback(props, failed)` until it is loaded, then the component.
 * `idle: true` fetches it after startup, for what a first Send shows at once (markdown, events).
 */
export function deferredComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P, failed: boolean) => ReactNode,
  options: { idle?: boolean } = {},
): DeferredComponent<P> {
  const mod = deferredModule(load, options);
  function Deferred(props: P) {
    const { module: Loaded, failed } = useDeferredModule(mod);
    return Loaded ? createElement(Loaded, props) : fallback(props, failed);
  }
  return Object.assign(Deferred, { load: mod.load });
}

/** Loads every deferred module (tests use this to render as the app does once loaded). */
export async function loadAllDeferred(): Promise<void> {
  // Loading a module can declare more (the Response panel's chunk declares the markdown
  // renderer): go on until a round declares nothing new.
  let loaded = 0;
  while (loaded < registry.length) {
    const round = registry.slice(loaded);
    loaded = registry.length;
    await Promise.all(round.map((entry) => entry.load()));
  }
}

/**
 * After startup, when the browser is idle, fetches the modules marked `idle`, and from then on
 * those that chunks loaded later declare (the markdown renderer lives in the Response panel's).
 */
export function preloadWhenIdle(): void {
  idleStarted = true;
  whenIdle(() => {
    for (const entry of registry) if (entry.idle) entry.load().catch(() => undefined);
  });
}
