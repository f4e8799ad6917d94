/**
 * Gives the browser a turn (to paint a frame, or to handle input) and resumes in a new task: a
 * message-channel task, which runs after a due frame. Not `scheduler.yield()`: its continuation
 * goes ahead of rendering, and a long burst then painted a handful of frames in all (measured
 * with `npm run bench`). Not setTimeout: nested, it is clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
