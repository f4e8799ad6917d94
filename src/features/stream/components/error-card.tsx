import type { ApiError } from '@/api/errors/api-error.ts';

const titles: Record<ApiError['source'], string> = {
  http: 'Request failed',
  event: 'The stream reported an error',
  response: 'The response failed',
  network: 'Connection problem',
  protocol: 'Unexpected answer',
};

/** The server's own message first; status, code, type, param and retry-after beneath it. */
export function ErrorCard({ error }: { error: ApiError }) {
  const facts: [string, string][] = [];
  if (error.code) facts.push(['code', error.code]);
  if (error.type) facts.push(['type', error.type]);
  if (error.param) facts.push(['param', error.param]);
  if (error.retryAfter !== null && error.retryAfter !== undefined) {
    facts.push(['retry-after', `${error.retryAfter} s`]);
  }
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/50"
    >
      <p className="font-semibold text-red-800 dark:text-red-300">
        {titles[error.source]}
        {error.status
          ? ` · HTTP ${error.status}${error.statusText ? ` ${error.statusText}` : ''}`
          : ''}
      </p>
      <p className="mt-1 break-words text-red-900 dark:text-red-200">{error.message}</p>
      {facts.length > 0 && (
        <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 font-mono text-xs text-red-800 dark:text-red-300">
          {facts.map(([k, v]) => (
            <div key={k} className="flex gap-1">
              <dt className="opacity-70">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {error.rawBody && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-red-800 dark:text-red-300">
            Body as received
          </summary>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap font-mono text-xs">
            {error.rawBody}
          </pre>
        </details>
      )}
    </div>
  );
}
