import { Panel } from '@/components/ui/panel.tsx';
import { useRunStore } from '@/stores/run-store.ts';
import { ErrorCard } from './error-card.tsx';
import { OutputItemView } from './output-item-view.tsx';
import { RunStatus } from './run-status.tsx';

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      {children}
    </p>
  );
}

/** The region `Response`: the streamed output items, the run's state and how it ended. */
export function ResponsePanel() {
  const output = useRunStore((s) => s.stream.output);
  const runError = useRunStore((s) => s.error);
  const streamError = useRunStore((s) => s.stream.error);
  const outcome = useRunStore((s) => s.outcome);
  const phase = useRunStore((s) => s.phase);
  const error = runError ?? streamError;

  return (
    <Panel label="Response">
      <div className="flex flex-col gap-3 p-3">
        <RunStatus />
        {phase === 'idle' && (
          <p className="text-sm text-zinc-500">
            Type an <code className="font-mono">input</code> and press{' '}
            <kbd className="font-mono">Send</kbd> (Ctrl/⌘+Enter). The answer streams here; every raw
            event appears under Events.
          </p>
        )}
        {error && <ErrorCard error={error} />}
        {outcome === 'cancelled' && <Notice>Stopped. The partial output is kept.</Notice>}
        {output.map((item, i) => (
          <OutputItemView key={item.id ?? i} item={item} />
        ))}
      </div>
    </Panel>
  );
}
