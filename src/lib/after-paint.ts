/**
 * Resolves once the browser has painted its next frame: a message posted from that frame's
 * requestAnimationFrame runs after the paint. At the latest after `timeoutMs`, as a hidden tab
 * paints no frames (and where there are no frames at all, at once).
 */
export function afterNextPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
