// The naive way the app must beat by 10×: every delta appended to one string in React state and
// react-markdown re-rendering the whole text. Same request, same SSE reader and parsing as the app.
//   ?each=1      a render per delta (flushSync), as the issue defines the baseline; with
//   ?capMs=N     it stops its stream after N ms (it would take far longer than the bench may)
//                and says how many deltas it got through
//   (default)    state set per delta, React batching what arrives within one task: how such an
//                app really behaves (one render per network read)
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isRecord } from '@/api/events/parse-event.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { benchConnection, pageStreamBody } from './stream-request.ts';

const plugins = [remarkGfm];
const params = new URLSearchParams(location.search);
const each = params.get('each') === '1';
const capMs = Number(params.get('capMs')) || Number.POSITIVE_INFINITY;

function NaiveStream() {
  const [text, setText] = useState('');
  const [done, setDone] = useState<{ outcome: string; deltas: number } | null>(null);

  const start = async () => {
    const controller = new AbortController();
    const started = performance.now();
    let deltas = 0;
    const outcome = await sendResponse(benchConnection, pageStreamBody(location.search), {
      signal: controller.signal,
      handlers: {
        onEvent: (event) => {
          const delta = isRecord(event.payload) ? event.payload.delta : undefined;
          if (event.type !== 'response.output_text.delta' || typeof delta !== 'string') return;
          if (controller.signal.aborted) return;
          deltas++;
          if (each) flushSync(() => setText((current) => current + delta));
          else setText((current) => current + delta);
          if (performance.now() - started > capMs) controller.abort();
        },
      },
    });
    setDone({ outcome: outcome.kind === 'aborted' ? 'stopped' : outcome.kind, deltas });
  };

  return (
    <main>
      <button type="button" onClick={() => void start()}>
        Start
      </button>
      <Markdown remarkPlugins={plugins}>{text}</Markdown>
      {done && (
        <p data-testid="bench-done" data-deltas={done.deltas}>
          done: {done.outcome}
        </p>
      )}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<NaiveStream />);
