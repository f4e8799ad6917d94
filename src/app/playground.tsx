import { useCallback, useMemo } from 'react';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { Panel } from '@/components/ui/panel.tsx';
import { StorageNotice } from '@/components/ui/storage-notice.tsx';
import { EventsPanel } from '@/features/inspector/components/events-panel.tsx';
import { RequestForm } from '@/features/request-builder/components/request-form.tsx';
import { ConnectionSettings } from '@/features/settings/components/connection-settings.tsx';
import { ThemeToggle } from '@/features/settings/components/theme-toggle.tsx';
import { ResponsePanel } from '@/features/stream/components/response-panel.tsx';
import { useRunRequest } from '@/features/stream/hooks/use-run-request.ts';
import { useConnection } from '@/stores/use-connection.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { useToolAutomationStore } from '@/features/request-builder/tool-automation-store.ts';
import { useApplyTheme } from './use-apply-theme.ts';
import { useAutoToolLoop } from './use-auto-tool-loop.ts';
import { useFollowUps } from './use-follow-ups.ts';

/** The page: connection on top; request, Response and Events side by side (stacked when narrow). */
export function Playground() {
  useApplyTheme();
  const connection = useConnection();
  const { send, stop } = useRunRequest();
  const running = useRunStore((s) => s.phase === 'waiting' || s.phase === 'streaming');
  const { submitToolOutputs, answerApproval } = useFollowUps(send, connection);
  const loop = useAutoToolLoop(submitToolOutputs);
  const canned = useToolAutomationStore((s) => s.canned);
  const cannedOutputs = useMemo(
    () => Object.fromEntries(Object.entries(canned).map(([name, c]) => [name, c.output])),
    [canned],
  );
  const { reset: resetLoop } = loop;
  // A manual Send starts the automatic tool loop's step count over.
  const onSend = useCallback(
    (body: RequestBody) => {
      resetLoop();
      void send(connection, body);
    },
    [send, connection, resetLoop],
  );

  return (
    <div className="flex min-h-full flex-col lg:h-full">
      <header className="flex items-center gap-3 border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-base font-semibold">
          Responses Playground{' '}
          <span className="font-mono text-xs font-normal text-zinc-500">POST /v1/responses</span>
        </h1>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <StorageNotice />
      <div className="border-b border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
        <ConnectionSettings />
      </div>
      <main className="grid min-h-0 flex-1 grid-cols-1 gap-3 p-3 lg:grid-cols-[minmax(20rem,27rem)_minmax(0,1fr)_minmax(20rem,28rem)] [&>section]:min-h-[24rem] lg:[&>section]:min-h-0">
        <Panel label="Request">
          <RequestForm connection={connection} running={running} onSend={onSend} onStop={stop} />
        </Panel>
        <ResponsePanel
          onApproval={answerApproval}
          onToolOutputs={submitToolOutputs}
          cannedOutputs={cannedOutputs}
          loopNotice={loop.notice}
        />
        <EventsPanel />
      </main>
    </div>
  );
}
