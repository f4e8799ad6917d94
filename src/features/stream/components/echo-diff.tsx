import { useMemo } from 'react';
import { differenceCount, diffEcho, type EchoStatus } from '@/api/events/echo-diff.ts';
import { Badge, type Tone } from '@/components/ui/badge.tsx';
import { useRunStore } from '@/stores/run-store.ts';

const tones: Record<EchoStatus, Tone> = {
  same: 'neutral',
  normalised: 'info',
  changed: 'warning',
  dropped: 'danger',
};

function show(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Once the run is done: each echoed parameter that was sent, as sent and as echoed. */
export function EchoDiff() {
  const phase = useRunStore((s) => s.phase);
  const request = useRunStore((s) => s.request);
  const response = useRunStore((s) => s.stream.response);
  const entries = useMemo(
    () => (request && response ? diffEcho(request, response) : null),
    [request, response],
  );
  if (phase !== 'done' || !entries || entries.length === 0) return null;
  const count = differenceCount(entries);

  return (
    <details
      className="rounded-md border border-zinc-200 text-xs dark:border-zinc-800"
      data-testid="echo-diff"
    >
      <summary className="cursor-pointer px-2 py-1 font-semibold">
        Request vs echo · {count} {count === 1 ? 'difference' : 'differences'}
      </summary>
      <table className="w-full border-t border-zinc-200 dark:border-zinc-800">
        <thead className="text-left text-zinc-500">
          <tr>
            <th className="px-2 py-0.5 font-normal">parameter</th>
            <th className="px-2 py-0.5 font-normal">status</th>
            <th className="px-2 py-0.5 font-normal">sent</th>
            <th className="px-2 py-0.5 font-normal">echoed</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.param} data-status={entry.status} className="align-top">
              <td className="px-2 py-0.5 font-mono">{entry.param}</td>
              <td className="px-2 py-0.5">
                <Badge tone={tones[entry.status]} title={entry.note}>
                  {entry.status}
                </Badge>
                {entry.note && <span className="ml-1 text-zinc-500">{entry.note}</span>}
              </td>
              <td className="px-2 py-0.5 font-mono break-all">{show(entry.sent)}</td>
              <td className="px-2 py-0.5 font-mono break-all">{show(entry.echoed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
