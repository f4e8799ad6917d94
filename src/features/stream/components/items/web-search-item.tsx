import { memo } from 'react';
import type { ResponseFunctionWebSearch } from 'openai/resources/responses/responses';
import { isRecord } from '@/api/events/parse-event.ts';
import { recordsOf, stringsOf, textOf, type Untrusted } from '../../lib/untrusted.ts';
import { SafeLink } from '../safe-link.tsx';
import { ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';

function ActionView({ action }: { action: Record<string, unknown> }) {
  const url = textOf(action.url);
  switch (action.type) {
    case 'search': {
      const queries = stringsOf(action.queries);
      const query = textOf(action.query);
      // `query` is deprecated and usually repeats the first of `queries`.
      const all = query !== null && !queries.includes(query) ? [query, ...queries] : queries;
      return (
        <ItemField label="search">
          {all.length > 0
            ? all.map((q, i) => (
                <q key={i} className="mr-2">
                  {q}
                </q>
              ))
            : '–'}
        </ItemField>
      );
    }
    case 'open_page':
      return <ItemField label="open_page">{url ? <SafeLink url={url} /> : '–'}</ItemField>;
    case 'find':
    case 'find_in_page':
      return (
        <ItemField label={String(action.type)}>
          <q>{textOf(action.pattern) ?? ''}</q>
          {url && (
            <>
              {' in '}
              <SafeLink url={url} />
            </>
          )}
        </ItemField>
      );
    default:
      return <ItemField label="action">{textOf(action.type) ?? 'unknown'}</ItemField>;
  }
}

/** A hosted web search: what it did (search, open a page, find in it) and the sources it used. */
export const WebSearchItem = memo(function WebSearchItem({
  item,
}: {
  item: Untrusted<ResponseFunctionWebSearch>;
}) {
  const action = isRecord(item.action) ? item.action : null;
  const sources = recordsOf(action?.sources);
  return (
    <ItemFrame type="web_search_call" status={item.status}>
      {action && <ActionView action={action} />}
      {sources.length > 0 && (
        <ol aria-label="sources" className="flex list-decimal flex-col gap-0.5 pl-5 text-xs">
          {sources.map((source, i) => (
            <li key={i}>
              <SafeLink url={source.url}>
                {textOf(source.title) ?? textOf(source.url) ?? ''}
              </SafeLink>
            </li>
          ))}
        </ol>
      )}
    </ItemFrame>
  );
});
