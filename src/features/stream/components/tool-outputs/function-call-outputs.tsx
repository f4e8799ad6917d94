import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import type { StreamState } from '@/api/events/stream-state.ts';
import { useRunStore } from '@/stores/run-store.ts';
import {
  outputsFor,
  pendingCalls,
  prettyArguments,
  type FunctionCallOutput,
} from './pending-calls.ts';

interface FunctionCallOutputsProps {
  /** Canned outputs by function name, to prefill the editors. */
  cannedOutputs: Readonly<Record<string, string>>;
  onSubmit: (outputs: FunctionCallOutput[]) => void;
}

const NO_OUTPUT: StreamState['output'] = [];

/**
 * Once a response ends in function calls: one output editor per call, and Submit sends all
 * outputs together as `function_call_output` items paired by `call_id`.
 */
export function FunctionCallOutputs({ cannedOutputs, onSubmit }: FunctionCallOutputsProps) {
  // The output only once the run is done: read while it streams, it would render this with
  // every frame for nothing.
  // Only a response the server ended is waiting on its calls: a stopped or cut-off run is not
  // one the next request can chain from.
  const { output, done, responseId } = useRunStore(
    useShallow((s) => {
      const done = s.phase === 'done' && (s.outcome === 'completed' || s.outcome === 'incomplete');
      return {
        output: done ? s.stream.output : NO_OUTPUT,
        done,
        responseId: s.stream.response?.id ?? null,
      };
    }),
  );
  const calls = useMemo(() => pendingCalls(output), [output]);
  const [edited, setEdited] = useState<Record<string, string>>({});
  if (!done || calls.length === 0 || !responseId) return null;
  const valueFor = (callId: string, name: string) => edited[callId] ?? cannedOutputs[name] ?? '';
  const outputs = outputsFor(
    calls,
    Object.fromEntries(calls.map((c) => [c.callId, valueFor(c.callId, c.name)])),
  );
  const empty = outputs.filter((o) => o.output.trim() === '').length;
  return (
    <section
      aria-label="function call outputs"
      className="flex flex-col gap-2 rounded-md border border-sky-300 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/30"
    >
      <h3 className="text-sm font-semibold">
        The model called {calls.length === 1 ? 'a function' : `${calls.length} functions`}: answer
        to continue
      </h3>
      {calls.map((call) => {
        const id = `fco-${call.callId}`;
        return (
          <div key={call.callId} className="flex flex-col gap-1">
            <p className="font-mono text-xs">
              <strong>{call.name}</strong> <span className="text-zinc-500">{call.callId}</span>
            </p>
            <pre className="max-h-40 overflow-auto rounded bg-white p-2 font-mono text-xs dark:bg-zinc-950">
              {prettyArguments(call.arguments)}
            </pre>
            <label
              htmlFor={id}
              className="font-mono text-[11px] font-semibold text-zinc-600 dark:text-zinc-400"
            >
              output for {call.callId}
            </label>
            <textarea
              id={id}
              className={`${inputClass} min-h-12 resize-y font-mono text-xs`}
              placeholder='e.g. {"temperature_c": 18}'
              value={valueFor(call.callId, call.name)}
              onChange={(e) => setEdited((s) => ({ ...s, [call.callId]: e.target.value }))}
            />
          </div>
        );
      })}
      <div className="flex items-center gap-2">
        <Button variant="primary" onClick={() => onSubmit(outputs)}>
          Submit outputs
        </Button>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          sent as {outputs.length} function_call_output item{outputs.length === 1 ? '' : 's'} with
          previous_response_id {responseId}
          {empty > 0 ? ` · ${empty} empty` : ''}
        </span>
      </div>
    </section>
  );
}
