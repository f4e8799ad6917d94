import { render, screen } from '@testing-library/react';
import type { Response } from 'openai/resources/responses/responses';
import { afterEach, describe, expect, it } from 'vitest';
import { initialStreamState, type OutputItem } from '@/api/events/stream-state.ts';
import { useRunStore, type RunOutcome } from '@/stores/run-store.ts';
import { FunctionCallOutputs } from './function-call-outputs.tsx';
import { pendingCalls } from './pending-calls.ts';

function call(callId: string, status: 'completed' | 'in_progress', args: string): OutputItem {
  return {
    type: 'function_call',
    id: `fc_${callId}`,
    call_id: callId,
    name: 'get_weather',
    arguments: args,
    status,
  };
}

const whole = call('call_paris', 'completed', '{"location":"Paris"}');
const cut = call('call_tokyo', 'in_progress', '{"location":"Tokyo","detail');

function setRun(outcome: RunOutcome, output: OutputItem[]) {
  useRunStore.setState({
    phase: 'done',
    outcome,
    stream: { ...initialStreamState, output, response: { id: 'resp_1' } as Response },
  });
}

afterEach(() => {
  useRunStore.setState({ phase: 'idle', outcome: null, stream: initialStreamState });
});

describe('function call outputs', () => {
  it('waits only on calls the server finished', () => {
    expect(pendingCalls([whole, cut]).map((c) => c.callId)).toEqual(['call_paris']);
  });

  it('asks for outputs once the server ended the response', () => {
    setRun('completed', [whole]);
    render(<FunctionCallOutputs cannedOutputs={{}} onSubmit={() => undefined} />);
    expect(screen.getByRole('region', { name: 'function call outputs' })).toHaveTextContent(
      'The model called a function',
    );
  });

  it('asks for nothing after Stop or a cut: that response cannot be continued', () => {
    for (const outcome of ['cancelled', 'network-error', 'no-terminal-event'] as const) {
      setRun(outcome, [whole, cut]);
      const { unmount } = render(
        <FunctionCallOutputs cannedOutputs={{}} onSubmit={() => undefined} />,
      );
      expect(screen.queryByRole('region', { name: 'function call outputs' })).toBeNull();
      unmount();
    }
  });
});
