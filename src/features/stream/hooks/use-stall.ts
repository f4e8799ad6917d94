import { useEffect, useState } from 'react';
import { useRunStore, type RunState } from '@/stores/run-store.ts';
import { useUiStore } from '@/stores/ui-store.ts';

const TICK_MS = 250;

/** Changes whenever bytes arrive: headers, then every raw chunk. */
const byteMark = (s: RunState) => `${s.chunks.length}:${s.timings.headersAt ?? '-'}`;

interface Silence {
  runId: number;
  seconds: number;
}

/**
 * Whole seconds without bytes while the run waits or streams, once that reaches the configured
 * `stallSeconds`; otherwise null. Ticks a timer only while the run is active and reads the store
 * on each tick, so arriving deltas cause no React work here. Records the stall in the run.
 */
export function useStall(): number | null {
  const phase = useRunStore((s) => s.phase);
  const runId = useRunStore((s) => s.runId);
  const stallSeconds = useUiStore((s) => s.stallSeconds);
  const [silence, setSilence] = useState<Silence | null>(null);
  const active = phase === 'waiting' || phase === 'streaming';

  useEffect(() => {
    if (!active) return;
    let mark = byteMark(useRunStore.getState());
    let lastByte = Date.now();
    const timer = setInterval(() => {
      const state = useRunStore.getState();
      if (state.runId !== runId) return;
      const now = Date.now();
      const next = byteMark(state);
      if (next !== mark) {
        mark = next;
        lastByte = now;
        setSilence(null);
        return;
      }
      const silentMs = now - lastByte;
      if (silentMs < stallSeconds * 1000) return;
      const seconds = Math.floor(silentMs / 1000);
      setSilence((prev) =>
        prev?.runId === runId && prev.seconds === seconds ? prev : { runId, seconds },
      );
      if (!state.stalled) state.stallNoticed(runId);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [active, runId, stallSeconds]);

  return active && silence?.runId === runId ? silence.seconds : null;
}
