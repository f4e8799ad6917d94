import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useThrottledSelector } from '@/lib/use-throttled-selector.ts';
import { useRunStore, type RunState } from '@/stores/run-store.ts';
import { toSseText } from '../lib/stream-export.ts';

const selectChunks = (s: RunState) => s.chunks;
// Joining and splitting the whole text is O(stream): while a stream runs, a few times a second.
const refreshMs = (s: RunState) => (s.phase === 'streaming' ? 250 : 0);

/**
 * The text exactly as it arrived (`event:`, `data:`, comments, `id:`, `retry:`), one line per
 * row and virtualized: a 100,000-event stream has hundreds of thousands of lines.
 */
export function RawView() {
  const chunks = useThrottledSelector(useRunStore, selectChunks, refreshMs);
  const lines = useMemo(() => toSseText(chunks).split(/\r\n|\r|\n/), [chunks]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design; this component is not compiler-memoized, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => 16,
    overscan: 20,
  });
  return (
    <div
      ref={scrollerRef}
      className="h-full min-h-0 overflow-auto"
      role="log"
      aria-label="Raw stream"
    >
      <pre
        className="relative font-mono text-[11px] leading-4"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            className="absolute left-0 h-4 px-3 whitespace-pre"
            style={{ transform: `translateY(${item.start}px)` }}
            data-testid="raw-line"
          >
            {lines[item.index] || ' '}
          </div>
        ))}
      </pre>
    </div>
  );
}
