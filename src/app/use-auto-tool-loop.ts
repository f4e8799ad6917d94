import { useCallback, useEffect, useRef, useState } from 'react';
import { useToolAutomationStore } from '@/features/request-builder/tool-automation-store.ts';
import {
  outputsFor,
  pendingCalls,
  type FunctionCallOutput,
} from '@/features/stream/components/tool-outputs/pending-calls.ts';
import { useRunStore } from '@/stores/run-store.ts';

/**
 * Runs a tool loop hands-free: when a response ends in calls that all have canned outputs set
 * to answer automatically, submits them, up to the step limit. A manual Send starts over;
 * Stop ends the loop (a cancelled run is not answered).
 */
export function useAutoToolLoop(submit: (outputs: FunctionCallOutput[]) => void) {
  const steps = useRef(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () =>
      useRunStore.subscribe((state, previous) => {
        if (state.phase !== 'done' || previous.phase === 'done' || state.outcome !== 'completed')
          return;
        const calls = pendingCalls(state.stream.output);
        if (calls.length === 0) return;
        const { canned, maxSteps } = useToolAutomationStore.getState();
        if (!calls.every((c) => canned[c.name]?.auto)) return;
        if (steps.current >= maxSteps) {
          setNotice(
            `Stopped after ${maxSteps} automatic steps (the limit): answer by hand or raise the limit.`,
          );
          return;
        }
        steps.current += 1;
        setNotice(
          `Answered automatically with canned outputs: step ${steps.current} of at most ${maxSteps}.`,
        );
        const outputs = outputsFor(
          calls,
          Object.fromEntries(calls.map((c) => [c.callId, canned[c.name]?.output ?? ''])),
        );
        // After this update has been painted: never start a run inside the store's own listener.
        setTimeout(() => submit(outputs), 0);
      }),
    [submit],
  );

  const reset = useCallback(() => {
    steps.current = 0;
    setNotice(null);
  }, []);
  return { notice, reset };
}
