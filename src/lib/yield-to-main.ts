/** Resolvers of the pending yields, oldest first: one message each, delivered in order. */
const waiting: (() => void)[] = [];
let port: MessagePort | null = null;

/** One channel for every yield: a new MessageChannel per yield cost more than the yield itself. */
function channel(): MessagePort {
  if (port) return port;
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => waiting.shift()?.();
  // Node (tests, the bench's protocol module): an open port must not keep the process alive.
  (port1 as MessagePort & { unref?: () => void }).unref?.();
  port = port2;
  return port;
}

/**
 * Gives the browser a turn (to paint a frame, or to handle input) and resumes in a new task: a
 * message-channel task, which runs after a due frame. Not `scheduler.yield()`: its continuation
 * goes ahead of rendering, and a long burst then painted a handful of frames in all (measured
 * with `npm run bench`). Not setTimeout: nested, it is clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const target = channel();
  return new Promise((resolve) => {
    waiting.push(resolve);
    target.postMessage(null);
  });
}
