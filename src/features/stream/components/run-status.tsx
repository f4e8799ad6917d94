import { useShallow } from 'zustand/react/shallow';
import { Badge, type Tone } from '@/components/ui/badge.tsx';
import { useRunStore, type RunOutcome, type RunPhase } from '@/stores/run-store.ts';

const outcomeLabels: Record<RunOutcome, [string, Tone]> = {
  completed: ['completed', 'success'],
  incomplete: ['incomplete', 'warning'],
  background: ['in background', 'info'],
  failed: ['failed', 'danger'],
  cancelled: ['stopped', 'warning'],
  'http-error': ['HTTP error', 'danger'],
  'network-error': ['connection lost', 'danger'],
  'no-terminal-event': ['ended without terminal event', 'warning'],
};

function phaseBadge(
  phase: RunPhase,
  outcome: RunOutcome | null,
  status: string | null,
): [string, Tone] {
  if (phase === 'waiting') return ['waiting for the server…', 'info'];
  if (phase === 'streaming') return ['streaming…', 'info'];
  // A background response is shown with the status the server last gave it.
  if (outcome === 'background' && status) return [`background: ${status}`, 'info'];
  if (outcome) return outcomeLabels[outcome];
  // Done without an ending: a past turn whose run never ended here (the page closed mid-run).
  if (phase === 'done') return ['not finished', 'warning'];
  return ['idle', 'neutral'];
}

function ms(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)} ms`;
}

/** One line: state, response id, timings and usage. */
export function RunStatus() {
  const {
    phase,
    outcome,
    httpStatus,
    timings,
    responseId,
    status,
    usage,
    incompleteReason,
    hasEvents,
  } = useRunStore(
    useShallow((s) => ({
      phase: s.phase,
      outcome: s.outcome,
      httpStatus: s.httpStatus,
      timings: s.timings,
      responseId: s.stream.response?.id ?? null,
      status: s.stream.response?.status ?? null,
      usage: s.stream.response?.usage ?? null,
      incompleteReason: s.stream.response?.incomplete_details?.reason ?? null,
      // Whether, not how many: the count changes with every frame of a stream.
      hasEvents: s.stream.eventCount > 0,
    })),
  );
  if (phase === 'idle') return null;
  const [label, tone] = phaseBadge(phase, outcome, status);
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
      data-testid="run-status"
    >
      {/* Announced as it changes (waiting, streaming, how it ended); the timings are not. */}
      <span aria-live="polite">
        <Badge tone={tone}>{label}</Badge>
      </span>
      {incompleteReason && <Badge tone="warning">reason: {incompleteReason}</Badge>}
      {httpStatus !== null && <span>HTTP {httpStatus}</span>}
      {responseId && (
        <span className="font-mono break-all" title="response id">
          {responseId}
        </span>
      )}
      <span title="time to response headers">TTFB {ms(timings.headersAt)}</span>
      {hasEvents && <span title="time to first event">first event {ms(timings.firstEventAt)}</span>}
      {timings.endedAt !== null && <span title="total time">total {ms(timings.endedAt)}</span>}
      {usage && (
        <span className="font-mono" title="usage">
          in {usage.input_tokens} (cached {usage.input_tokens_details?.cached_tokens ?? 0}) · out{' '}
          {usage.output_tokens}
          {usage.output_tokens_details?.reasoning_tokens
            ? ` (reasoning ${usage.output_tokens_details.reasoning_tokens})`
            : ''}{' '}
          · total {usage.total_tokens}
        </span>
      )}
    </div>
  );
}
