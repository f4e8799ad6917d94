import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredComponent, deferredModule, preloadWhenIdle } from './deferred.ts';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A loader the test resolves or rejects by hand. */
function manualLoader<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(() => new Promise<T>((resolve, reject) => calls.push({ resolve, reject })));
  return { load, calls };
}

/** Settles a load inside act, so React's update from it is applied before the next line. */
const settle = (fn: () => void) =>
  act(async () => {
    fn();
    await Promise.resolve();
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('deferredComponent', () => {
  it('shows the fallback until the chunk is in, then the component; later mounts are synchronous', async () => {
    const { load, calls } = manualLoader<typeof Greeting>();
    const Deferred = deferredComponent(load, ({ name }, failed) => (
      <p>{failed ? 'failed' : `loading ${name}`}</p>
    ));
    const first = render(<Deferred name="Ada" />);
    expect(screen.getByText('loading Ada')).toBeInTheDocument();
    await settle(() => calls[0]?.resolve(Greeting));
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    first.unmount();

    render(<Deferred name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when the chunk failed, and a later mount tries again', async () => {
    const { load, calls } = manualLoader<typeof Greeting>();
    const Deferred = deferredComponent(load, (_, failed) => <p>{failed ? 'failed' : 'loading'}</p>);
    const first = render(<Deferred name="Ada" />);
    await settle(() => calls[0]?.reject(new Error('offline')));
    expect(screen.getByText('failed')).toBeInTheDocument();
    first.unmount();

    render(<Deferred name="Ada" />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await settle(() => calls[1]?.resolve(Greeting));
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('deferredModule', () => {
  it('loads once however many ask, and keeps the module', async () => {
    const { load, calls } = manualLoader<{ answer: number }>();
    const mod = deferredModule(load);
    expect(mod.current()).toBeNull();
    const a = mod.load();
    const b = mod.load();
    calls[0]?.resolve({ answer: 42 });
    expect(await a).toEqual({ answer: 42 });
    expect(await b).toBe(await a);
    expect(mod.current()).toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('preloadWhenIdle', () => {
  it('fetches only the modules marked idle, after startup, and those declared later', async () => {
    vi.useFakeTimers();
    const idle = vi.fn(() => Promise.resolve('idle'));
    const onDemand = vi.fn(() => Promise.resolve('on demand'));
    deferredModule(idle, { idle: true });
    deferredModule(onDemand);
    preloadWhenIdle();
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(idle).toHaveBeenCalledTimes(1);
    expect(onDemand).not.toHaveBeenCalled();

    // One declared later, by a chunk loaded after startup, is fetched at the next idle time.
    const late = vi.fn(() => Promise.resolve('late'));
    deferredModule(late, { idle: true });
    expect(late).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
