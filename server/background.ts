import type { Response } from 'openai/resources/responses/responses';
import type { Pace } from './pace.ts';
import { encodeEvent } from './sse-stream.ts';
import type { Step, StreamEvent } from './stream-steps.ts';

/** Events kept per background response for `starting_after` replays; older ones are dropped. */
export const MAX_KEPT_EVENTS = 20_000;
/** Background runs remembered (for streaming and cancel); the oldest finished go first. */
const MAX_RUNS = 200;
/** How long a paced background response stays `queued` before it starts. */
const QUEUE_MS = 100;
/** Events played per macrotask when instant, so a long answer does not block the server. */
const INSTANT_BATCH = 64;

const TERMINAL = new Set(['completed', 'failed', 'incomplete', 'cancelled']);

/**
 * One background response: generated at its pace whether or not anyone listens. Its events
 * are kept (bounded) so a client can replay them after a sequence number and follow live.
 */
export class BackgroundRun {
  /** Kept events; `events[i]` has sequence number `dropped + i`. */
  private readonly events: StreamEvent[] = [];
  private dropped = 0;
  private readonly listeners = new Set<() => void>();
  private wake: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  done = false;
  cancelled = false;

  constructor(
    private snapshot: Response,
    private readonly onSnapshot: (response: Response) => void,
  ) {}

  get response(): Response {
    return this.snapshot;
  }

  private setSnapshot(response: Response): void {
    this.snapshot = response;
    this.onSnapshot(response);
  }

  private push(event: StreamEvent): void {
    this.events.push(event);
    if (this.events.length > MAX_KEPT_EVENTS) {
      this.events.shift();
      this.dropped++;
    }
    const response = (event as { response?: Response }).response;
    if (response && typeof response === 'object') this.setSnapshot(response);
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }

  /** Plays the steps at the pace; the snapshot follows each lifecycle event. */
  async run(steps: Generator<Step, Response>, pace: Pace): Promise<void> {
    const interval = pace.tokensPerSecond === null ? 0 : 1000 / pace.tokensPerSecond;
    let nextAt: number | null = null;
    let sinceYield = 0;
    for (let next = steps.next(); !this.cancelled; next = steps.next()) {
      if (next.done) {
        this.setSnapshot(next.value);
        break;
      }
      const step = next.value;
      if (step.kind === 'drop') break;
      if (step.event.type === 'response.in_progress' && interval > 0) {
        await this.sleep(QUEUE_MS);
        if (this.cancelled) break;
      }
      if (step.paced && interval > 0) {
        const now = performance.now();
        nextAt ??= now + pace.firstTokenMs;
        if (nextAt > now) await this.sleep(nextAt - now);
        if (this.cancelled) break;
        nextAt = Math.max(nextAt, performance.now() - interval) + interval;
      } else if (interval === 0 && ++sinceYield >= INSTANT_BATCH) {
        sinceYield = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (this.cancelled) break;
      }
      this.push(step.event);
    }
    this.done = true;
    this.notify();
  }

  /** Stops generation: the response becomes `cancelled` with what it had so far. */
  cancel(): Response {
    if (this.done || TERMINAL.has(this.snapshot.status ?? '')) return this.snapshot;
    this.cancelled = true;
    clearTimeout(this.timer);
    this.wake?.();
    this.setSnapshot({ ...this.snapshot, status: 'cancelled' });
    this.done = true;
    this.notify();
    return this.snapshot;
  }

  /** SSE of the kept events after `startingAfter`, then the live ones, until the run ends. */
  follow(startingAfter: number): ReadableStream<Uint8Array> {
    let next = Math.max(startingAfter + 1, 0);
    let listener: (() => void) | undefined;
    let closed = false;
    const remove = () => {
      if (listener) this.listeners.delete(listener);
      listener = undefined;
    };
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        for (;;) {
          if (closed) return;
          const index = Math.max(next - this.dropped, 0);
          if (index < this.events.length) {
            const end = Math.min(this.events.length, index + INSTANT_BATCH);
            for (const event of this.events.slice(index, end))
              controller.enqueue(encodeEvent(event));
            next = this.dropped + end;
            return;
          }
          if (this.done) {
            remove();
            controller.close();
            return;
          }
          await new Promise<void>((resolve) => {
            listener = () => {
              remove();
              resolve();
            };
            this.listeners.add(listener);
          });
        }
      },
      cancel: () => {
        closed = true;
        const pending = listener;
        remove();
        pending?.();
      },
    });
  }
}

/** The background runs by response id (bounded). */
export class BackgroundRuns {
  private readonly runs = new Map<string, BackgroundRun>();

  add(id: string, run: BackgroundRun): void {
    this.runs.set(id, run);
    if (this.runs.size <= MAX_RUNS) return;
    for (const [key, value] of this.runs) {
      if (value.done) {
        this.runs.delete(key);
        return;
      }
    }
  }

  get(id: string): BackgroundRun | undefined {
    return this.runs.get(id);
  }
}
