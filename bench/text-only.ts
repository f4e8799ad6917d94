// The least a page can do to show the stream: parse-only.html, plus each frame's new text as one
// more block (a new block is laid out alone; text appended to one node relays the whole node out
// every frame). No React, no markdown, no other panel. Its main-thread time over parsing alone is
// the floor any UI pays for painting a frame or two per network read.
import { readOnStart } from './read-for-page.ts';

const text = document.getElementById('text');
let pending = '';
let frame: number | null = null;

const paint = () => {
  frame = null;
  if (pending === '') return;
  const block = document.createElement('div');
  block.textContent = pending;
  text?.append(block);
  pending = '';
};

readOnStart({
  onEvent: (event) => {
    const payload = event.payload as { delta?: unknown };
    if (event.type === 'response.output_text.delta' && typeof payload.delta === 'string') {
      pending += payload.delta;
      frame ??= requestAnimationFrame(paint);
    }
  },
  onEnd: () => {
    if (frame !== null) cancelAnimationFrame(frame);
    paint();
  },
});
