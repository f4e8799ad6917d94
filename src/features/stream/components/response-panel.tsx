import { Panel } from '@/components/ui/panel.tsx';
import { useRunStore } from '@/stores/run-store.ts';
import { BackgroundStatus } from './background-status.tsx';
import { EchoDiff } from './echo-diff.tsx';
import { ErrorCard } from './error-card.tsx';
import type { ApprovalHandler } from './items/mcp-approval-request-item.tsx';
import { MetricsPanel } from './metrics-panel.tsx';
import { OutputItemView } from './output-item-view.tsx';
import { RunStatus } from './run-status.tsx';
import { StallNotice } from './stall-notice.tsx';
import { StructuredOutputBadge } from './structured-output-badge.tsx';
import { FunctionCallOutputs } from './tool-outputs/function-call-outputs.tsx';
import type { FunctionCallOutput } from './tool-outputs/pending-calls.ts';

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm [overflow-wrap:anywhere] text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      {children}
    </p>
  );
}

interface ResponsePanelProps {
  /** Answers MCP approval requests; without it their buttons are disabled. */
  onApproval?: ApprovalHandler;
  /** Submits function call outputs; without it no output editors are shown. */
  onToolOutputs?: (outputs: FunctionCallOutput[]) => void;
  /** Canned outputs by function name, to prefill the output editors. */
  cannedOutputs?: Readonly<Record<string, string>>;
  /** A line about the automatic tool loop, if it ran. */
  loopNotice?: string | null;
}

const NO_CANNED: Readonly<Record<string, string>> = {};

/** The region `Response`: the streamed output items, the run's state and how it ended. */
export function ResponsePanel({
  onApproval,
  onToolOutputs,
  cannedOutputs = NO_CANNED,
  loopNotice,
}: ResponsePanelProps = {}) {
  const output = useRunStore((s) => s.stream.output);
  const runError = useRunStore((s) => s.error);
  const streamError = useRunStore((s) => s.stream.error);
  const outcome = useRunStore((s) => s.outcome);
  const phase = useRunStore((s) => s.phase);
  const notice = useRunStore((s) => s.notice);
  const cancelledOnServer = useRunStore(
    (s) => s.streamed && s.stream.response?.status === 'cancelled',
  );
  const error = runError ?? streamError;

  return (
    <Panel label="Response">
      <div className="flex flex-col gap-3 p-3">
        <RunStatus />
        <BackgroundStatus />
        <StallNotice />
        {phase === 'idle' && (
          <p className="text-sm text-zinc-500">
            Type an <code className="font-mono">input</code> and press{' '}
            <kbd className="font-mono">Send</kbd> (Ctrl/⌘+Enter). The answer streams here; every raw
            event appears under Events.
          </p>
        )}
        {error && <ErrorCard error={error} />}
        {notice && <Notice>{notice}</Notice>}
        {outcome === 'cancelled' && (
          <Notice>
            Stopped. The partial output is kept.
            {cancelledOnServer && ' The background response was cancelled on the server.'}
          </Notice>
        )}
        <StructuredOutputBadge />
        {output.map((item, i) => (
          <OutputItemView key={item.id ?? i} item={item} onApproval={onApproval} />
        ))}
        {loopNotice && <Notice>{loopNotice}</Notice>}
        {onToolOutputs && (
          <FunctionCallOutputs cannedOutputs={cannedOutputs} onSubmit={onToolOutputs} />
        )}
        <MetricsPanel />
        <EchoDiff />
      </div>
    </Panel>
  );
}
