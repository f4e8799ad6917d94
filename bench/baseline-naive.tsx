// The naive way the app must beat by 10×: every delta appended to one string in React state and
// react-markdown re-rendering the whole text (React batches what arrives within one task, as it
// would for any app written this way). Same request, same SSE reader and parsing as the app.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isRecord } from '@/api/events/parse-event.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { benchConnection, pageStreamBody } from './stream-request.ts';

const plugins = [remarkGfm];

function NaiveStream() {
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const start = async () => {
    const outcome = await sendResponse(benchConnection, pageStreamBody(location.search), {
      handlers: {
        onEvent: (event) => {
          const delta = isRecord(event.payload) ? event.payload.delta : undefined;
          if (event.type === 'response.output_text.delta' && typeof delta === 'string')
            setText((current) => current + delta);
        },
      },
    });
    setDone(outcome.kind);
  };

  return (
    <main>
      <button type="button" onClick={() => void start()}>
        Start
      </button>
      <Markdown remarkPlugins={plugins}>{text}</Markdown>
      {done && <p data-testid="bench-done">{done}</p>}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<NaiveStream />);
