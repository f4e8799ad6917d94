import { memo } from 'react';
import type { ResponseFileSearchToolCall } from 'openai/resources/responses/responses';
import { recordsOf, stringsOf, textOf, type Untrusted } from '../../lib/untrusted.ts';
import { ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';

const EXCERPT = 300;

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** A hosted file search: its queries and, when `include` asked for them, the chunks it found. */
export const FileSearchItem = memo(function FileSearchItem({
  item,
}: {
  item: Untrusted<ResponseFileSearchToolCall>;
}) {
  const queries = stringsOf(item.queries);
  const results = recordsOf(item.results);
  return (
    <ItemFrame type="file_search_call" status={item.status}>
      <ItemField label="queries">
        {queries.length > 0
          ? queries.map((q, i) => (
              <q key={i} className="mr-2">
                {q}
              </q>
            ))
          : '–'}
      </ItemField>
      {results.length > 0 ? (
        <ol aria-label="results" className="flex flex-col gap-1.5 text-xs">
          {results.map((result, i) => {
            const score = typeof result.score === 'number' ? result.score.toFixed(3) : null;
            const text = textOf(result.text);
            return (
              <li key={i} className="rounded bg-zinc-50 p-1.5 dark:bg-zinc-950">
                <div className="flex flex-wrap gap-x-2">
                  <strong className="break-all">
                    {textOf(result.filename) ?? textOf(result.file_id) ?? '(no file)'}
                  </strong>
                  {score !== null && <span className="font-mono text-zinc-500">score {score}</span>}
                </div>
                {text && (
                  <p className="whitespace-pre-wrap break-words text-zinc-600 dark:text-zinc-400">
                    {excerpt(text)}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        item.results == null &&
        item.status === 'completed' && (
          <p className="text-xs text-zinc-500">
            Results not included: add <code className="font-mono">file_search_call.results</code> to{' '}
            <code className="font-mono">include</code> to see them.
          </p>
        )
      )}
    </ItemFrame>
  );
});
