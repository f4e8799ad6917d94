import { useCallback, useMemo, type ComponentProps } from 'react';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { Panel } from '@/components/ui/panel.tsx';
import { StorageNotice } from '@/components/ui/storage-notice.tsx';
import { RequestForm } from '@/features/request-builder/components/request-form.tsx';
import { ConnectionSettings } from '@/features/settings/components/connection-settings.tsx';
import { ThemeToggle } from '@/features/settings/components/theme-toggle.tsx';
import { useRunRequest } from '@/features/stream/hooks/use-run-request.ts';
import { useConnection } from '@/stores/use-connection.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { useToolAutomationStore } from '@/features/request-builder/tool-automation-store.ts';
import { useApplyTheme } from './use-apply-theme.ts';
import { useAutoToolLoop } from './use-auto-tool-loop.ts';
import { useFollowUps } from './use-follow-ups.ts';
import { EventsPanel, ResponsePanel, ThreadsSidebar, ThreadView } from './deferred-panels.tsx';
import { useThreadsPersistence } from '@/features/threads/hooks/use-threads-persistence.ts';
import { useRequestDraftStore } from '@/features/request-builder/request-draft-store.ts';
import { useUiStore } from '@/stores/ui-store.ts';
import { Button } from '@/components/ui/button.tsx';
import { useBackgroundTurns } from './use-background-turns.ts';
import { useChainIntoDraft } from './use-chain-into-draft.ts';
import { useShowTurn } from './use-show-turn.ts';
import { useThreadSend } from './use-thread-send.ts';
import { ExportBar, SharedRequestNotice } from './export-bar.tsx';

/**
 * The request form, told whether a run is going. The subscription is its own: a run starting or
 * ending re-renders the form's Send and Stop, not the whole page.
 */
function RequestPanel(props: Omit<ComponentProps<typeof RequestForm>, 'running'>) {
  const running = useRunStore((s) => s.phase === 'waiting' || s.phase === 'streaming');
  return <RequestForm {...props} running={running} />;
}

/** The page: connection on top; request, Response and Events side by side (stacked when narrow). */
export function Playground() {
  useApplyTheme();
  const connection = useConnection();
  useThreadsPersistence();
  useChainIntoDraft();
  useBackgroundTurns();
  const showTurn = useShowTurn();
  const { send: sendRun, stop } = useRunRequest();
  // Every request is a turn of the active thread.
  const send = useThreadSend(sendRun);
  const storeDisabled = useRequestDraftStore((s) => s.body.store === false);
  const threadsOpen = useUiStore((s) => s.threadsOpen);
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
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-base font-semibold">
          Responses Playground{' '}
          <span className="font-mono text-xs font-normal text-zinc-500">POST /v1/responses</span>
        </h1>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <ExportBar connection={connection} />
          <Button
            variant="ghost"
            aria-expanded={threadsOpen}
            aria-controls="threads-sidebar"
            onClick={() => useUiStore.getState().threadsToggled()}
          >
            Threads
          </Button>
          <ThemeToggle />
        </div>
      </header>
      <StorageNotice />
      <SharedRequestNotice />
      <div className="border-b border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
        <ConnectionSettings />
      </div>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        {threadsOpen ? (
          <aside
            id="threads-sidebar"
            aria-label="Threads"
            className="border-b border-zinc-200 bg-white max-lg:max-h-80 lg:w-60 lg:shrink-0 lg:border-r lg:border-b-0 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <ThreadsSidebar />
          </aside>
        ) : null}
        {/*
          Flexible tracks with floors, so the answer always gets its share (fixed-max side tracks
          grew first and could leave it 2 px). Below xl the Events panel goes under the form, and
          the thread and answer keep the whole height.
        */}
        <main className="grid min-h-0 min-w-0 flex-1 grid-cols-1 gap-3 p-3 lg:grid-cols-[minmax(18rem,1fr)_minmax(22rem,1.4fr)] lg:grid-rows-[minmax(0,1fr)_minmax(0,16rem)] xl:grid-cols-[minmax(20rem,1fr)_minmax(24rem,1.2fr)_minmax(18rem,1fr)] xl:grid-rows-1 [&>section]:min-h-[24rem] lg:[&>section]:min-h-0 lg:[&>div]:row-span-2 xl:[&>div]:row-span-1">
          <Panel label="Request">
            <RequestPanel connection={connection} onSend={onSend} onStop={stop} />
          </Panel>
          <div className="flex min-h-[24rem] min-w-0 flex-col gap-3 lg:min-h-0 [&>section:last-child]:flex-1">
            <Panel label="Thread" className="max-h-[40%] shrink-0">
              <ThreadView storeDisabled={storeDisabled} onShowTurn={showTurn} />
            </Panel>
            <ResponsePanel
              onApproval={answerApproval}
              onToolOutputs={submitToolOutputs}
              cannedOutputs={cannedOutputs}
              loopNotice={loop.notice}
            />
          </div>
          <EventsPanel />
        </main>
      </div>
    </div>
  );
}
