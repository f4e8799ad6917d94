import type { OutputItem } from '@/api/events/stream-state.ts';

export interface PendingCall {
  callId: string;
  name: string;
  arguments: string;
}

/**
 * The function calls a finished response is waiting on, in output order. A call the server did
 * not finish (cut off by Stop or by max_output_tokens: `in_progress`, `incomplete`) has no
 * whole arguments and is not one the API takes an output for.
 */
export function pendingCalls(output: readonly OutputItem[]): PendingCall[] {
  const calls: PendingCall[] = [];
  for (const item of output) {
    if (item.type !== 'function_call' || typeof item.call_id !== 'string' || item.call_id === '')
      continue;
    if (item.status !== undefined && item.status !== 'completed') continue;
    calls.push({
      callId: item.call_id,
      name: item.name,
      arguments: typeof item.arguments === 'string' ? item.arguments : '',
    });
  }
  return calls;
}

export interface FunctionCallOutput {
  type: 'function_call_output';
  call_id: string;
  output: string;
}

export function outputsFor(
  calls: readonly PendingCall[],
  outputs: Readonly<Record<string, string>>,
): FunctionCallOutput[] {
  return calls.map((c) => ({
    type: 'function_call_output',
    call_id: c.callId,
    output: outputs[c.callId] ?? '',
  }));
}

export function prettyArguments(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
