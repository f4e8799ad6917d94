// When a group of blocks of a long answer comes near what the reader sees, in browsers that do
// not report it through content-visibility (see markdown-blocks): one shared IntersectionObserver.
type Callback = () => void;
const waiting = new Map<Element, Callback>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = waiting.get(entry.target);
        observer?.unobserve(entry.target);
        waiting.delete(entry.target);
        callback?.();
      }
    },
    // Half a screen of margin around the window and around the panel that scrolls (scrollMargin:
    // without it, a block just below a scrolled panel's edge counts as far).
    { rootMargin: '50% 0px', scrollMargin: '50% 0px' },
  );
  return observer;
}

/**
 * Calls `onNear` once, when `element` comes within half a screen of the viewport (of the window, and
 * of the panel that scrolls it); returns the unsubscribe. Without IntersectionObserver, at once.
 */
export function whenNearViewport(element: Element, onNear: Callback): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => undefined;
  }
  waiting.set(element, onNear);
  shared().observe(element);
  return () => {
    if (waiting.delete(element)) observer?.unobserve(element);
  };
}
