import { Badge, type Tone } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { useRunStore } from '@/stores/run-store.ts';
import {
  POLL_INTERVAL_MS,
  isPolledBackgroundRun,
  useBackgroundPoll,
} from '../hooks/use-background-poll.ts';

const tones: Record<string, Tone> = {
  queued: 'info',
  in_progress: 'info',
  completed: 'success',
  incomplete: 'warning',
  cancelled: 'warning',
  failed: 'danger',
};

/** A non-streamed background response: its status while polled, and a Cancel button. */
export function BackgroundStatus() {
  // Queries only for a background run, so the panel needs no QueryClient otherwise.
  const relevant = useRunStore(isPolledBackgroundRun);
  return relevant ? <PolledStatus /> : null;
}

function PolledStatus() {
  const { active, status, error, cancel, cancelling } = useBackgroundPoll();
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300"
      data-testid="background-status"
    >
      <span>
        <code className="font-mono">background</code> response
      </span>
      <Badge tone={tones[status ?? ''] ?? 'neutral'}>
        <span role="status" aria-label="background status">
          {status ?? 'unknown'}
        </span>
      </Badge>
      {active && (
        <>
          <span className="text-xs text-zinc-500">polling every {POLL_INTERVAL_MS / 1000} s…</span>
          <Button variant="secondary" onClick={cancel} disabled={cancelling}>
            Cancel
          </Button>
        </>
      )}
      {error && <span className="text-xs text-red-700 dark:text-red-400">{error.message}</span>}
    </div>
  );
}
