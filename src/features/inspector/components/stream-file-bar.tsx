import { useRef, useState } from 'react';
import { loadSseFile, toTimedSseText } from '@/api/events/sse-file.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { useReplay, type ReplayPace } from '../hooks/use-replay.ts';
import { downloadText } from '@/lib/download-text.ts';
import { readSseFile, toJsonlText, toSseText } from '../lib/stream-export.ts';

const button =
  'rounded border border-zinc-300 px-1.5 py-0.5 text-xs hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Save the stream (.sse exactly as received, .jsonl of payloads) and replay a saved .sse. */
export function StreamFileBar() {
  const hasEvents = useRunStore((s) => s.events.length > 0 || s.chunks.length > 0);
  const { replay, stop, replaying } = useReplay();
  const [pace, setPace] = useState<ReplayPace>('instant');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // `.sse` is the bytes as received; "with timings" adds `: t=<ms>` comments (ignored by SSE
  // parsers) so a replay can keep the original pace.
  const save = (kind: 'sse' | 'timed-sse' | 'jsonl') => {
    const { chunks, events } = useRunStore.getState();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (kind === 'sse') downloadText(`stream-${stamp}.sse`, toSseText(chunks), 'text/event-stream');
    else if (kind === 'timed-sse') {
      downloadText(`stream-${stamp}.timed.sse`, toTimedSseText(chunks), 'text/event-stream');
    } else downloadText(`stream-${stamp}.jsonl`, toJsonlText(events), 'application/x-ndjson');
  };

  const open = async (file: File) => {
    // Checked before anything is replaced: a bad file leaves the current run as it is.
    const read = await readSseFile(file);
    const loaded = 'error' in read ? read : loadSseFile(read.text, file.name);
    if ('error' in loaded) {
      setError(loaded.error);
      return;
    }
    setError(null);
    await replay(file.name, loaded.parsed, pace);
  };

  return (
    <div className="flex flex-wrap items-center gap-1 text-xs">
      <button type="button" className={button} disabled={!hasEvents} onClick={() => save('sse')}>
        Save .sse
      </button>
      <button
        type="button"
        className={button}
        disabled={!hasEvents}
        onClick={() => save('timed-sse')}
        title="Adds a `: t=<ms>` comment before each message, so a replay keeps the original pace"
      >
        Save .sse with timings
      </button>
      <button type="button" className={button} disabled={!hasEvents} onClick={() => save('jsonl')}>
        Save .jsonl
      </button>
      <button type="button" className={button} onClick={() => inputRef.current?.click()}>
        Open .sse
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".sse,text/event-stream,text/plain"
        aria-label="Open .sse file"
        className="hidden"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Reset so choosing the same file again replays it again.
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      <select
        aria-label="replay pace"
        className="rounded border border-zinc-300 bg-transparent px-1 py-0.5 dark:border-zinc-700"
        value={pace}
        onChange={(e) => setPace(e.currentTarget.value === 'original' ? 'original' : 'instant')}
      >
        <option value="instant">instant</option>
        <option value="original">original pace</option>
      </select>
      {replaying && (
        <button type="button" className={button} onClick={stop}>
          Stop replay
        </button>
      )}
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
