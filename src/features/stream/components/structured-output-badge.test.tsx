import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialStreamState, type OutputItem } from '@/api/events/stream-state.ts';
import { useRunStore, type RunOutcome, type RunPhase } from '@/stores/run-store.ts';
import { ResponsePanel } from './response-panel.tsx';
import { StructuredOutputBadge } from './structured-output-badge.tsx';

const schema = {
  type: 'object',
  properties: { temperatureCelsius: { type: 'number' }, condition: { type: 'string' } },
  required: ['temperatureCelsius', 'condition'],
  additionalProperties: false,
};
const jsonSchemaRequest = {
  model: 'gpt-5-mini',
  input: 'weather?',
  text: { format: { type: 'json_schema', name: 'weather_forecast', schema } },
};

function message(
  text: string,
  status: 'in_progress' | 'completed' | 'incomplete' = 'completed',
): OutputItem {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    status,
    content: [{ type: 'output_text', text, annotations: [] }],
  };
}

function setRun(
  request: Record<string, unknown>,
  phase: RunPhase,
  output: OutputItem[],
  outcome: RunOutcome | null = phase === 'done' ? 'completed' : null,
) {
  useRunStore.setState({
    request,
    phase,
    outcome,
    stream: { ...initialStreamState, output },
  });
}

/** The label above the JSON block and the block's text. */
function shownBlock() {
  const pre = screen.getByTestId('structured-output').querySelector('pre');
  return { label: pre?.previousElementSibling?.textContent, text: pre?.textContent };
}

// max_output_tokens cut the output inside a string value: nothing after `"delta` was sent.
const cutRequest = {
  model: 'gpt-5-mini',
  input: 'fill it',
  max_output_tokens: 16,
  text: {
    format: {
      type: 'json_schema',
      name: 'greek',
      schema: {
        type: 'object',
        properties: Object.fromEntries(
          ['alpha', 'beta', 'gamma', 'delta'].map((k) => [k, { type: 'string' }]),
        ),
        required: ['alpha', 'beta', 'gamma', 'delta'],
        additionalProperties: false,
      },
    },
  },
};
const cutText = '{"alpha":"alpha","beta":"beta","gamma":"gamma","delta":"delta';

afterEach(() => {
  useRunStore.setState({ request: null, phase: 'idle', outcome: null, stream: initialStreamState });
});

describe('StructuredOutputBadge', () => {
  it('pretty-prints the growing JSON while streaming, with no verdict yet', () => {
    setRun(jsonSchemaRequest, 'streaming', [
      message('{"temperatureCelsius":22,"cond', 'in_progress'),
    ]);
    render(<StructuredOutputBadge />);
    const view = screen.getByTestId('structured-output');
    expect(view).toHaveTextContent('growing JSON');
    expect(view.querySelector('pre')?.textContent).toBe(
      '{\n  "temperatureCelsius": 22,\n  "cond": null\n}',
    );
    expect(view).not.toHaveTextContent('schema ✓');
    expect(view).not.toHaveTextContent('schema ✗');
  });

  it('says valid once the run is done and the output matches', () => {
    setRun(jsonSchemaRequest, 'done', [message('{"temperatureCelsius":22,"condition":"Sunny"}')]);
    render(<StructuredOutputBadge />);
    expect(screen.getByText('schema ✓ valid')).toBeInTheDocument();
    expect(shownBlock()).toEqual({
      label: 'JSON',
      text: '{\n  "temperatureCelsius": 22,\n  "condition": "Sunny"\n}',
    });
  });

  it('shows the raw text, not a repaired one, when an incomplete run was cut mid-string', () => {
    setRun(cutRequest, 'done', [message(cutText, 'incomplete')], 'incomplete');
    render(<StructuredOutputBadge />);
    expect(screen.getByText('schema ✗ not JSON')).toBeInTheDocument();
    expect(shownBlock()).toEqual({
      label: 'raw text as received (not valid JSON)',
      text: cutText,
    });
  });

  it('shows a value cut mid-string as cut once the run is done', () => {
    const text = '{"temperatureCelsius":22,"condition":"Sun';
    setRun(jsonSchemaRequest, 'done', [message(text, 'incomplete')], 'incomplete');
    render(<StructuredOutputBadge />);
    expect(shownBlock().text).toBe(text);
  });

  it('shows the raw text as soon as the message item is done, before the run ends', () => {
    setRun(cutRequest, 'streaming', [message(cutText, 'incomplete')]);
    render(<StructuredOutputBadge />);
    expect(shownBlock()).toEqual({
      label: 'raw text as received (not valid JSON)',
      text: cutText,
    });
    // The verdict still waits for the run to end.
    expect(screen.getByTestId('structured-output')).not.toHaveTextContent('schema ✗');
  });

  it('still previews the same prefix repaired while the message is in progress', () => {
    setRun(cutRequest, 'streaming', [message(cutText, 'in_progress')]);
    render(<StructuredOutputBadge />);
    expect(shownBlock()).toEqual({
      label: 'growing JSON',
      text: JSON.stringify(
        { alpha: 'alpha', beta: 'beta', gamma: 'gamma', delta: 'delta' },
        null,
        2,
      ),
    });
  });

  it('counts and lists the errors with their paths', () => {
    setRun(jsonSchemaRequest, 'done', [message('{"temperatureCelsius":"hot","x":1}')]);
    render(<StructuredOutputBadge />);
    expect(screen.getByText('schema ✗ 3 errors')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'schema errors' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list).toHaveTextContent('/temperatureCelsius must be number');
    expect(list).toHaveTextContent("(root) must have required property 'condition'");
    expect(list).toHaveTextContent('(root) must NOT have additional properties (x)');
  });

  it('reports text that is not JSON', () => {
    setRun({ text: { format: { type: 'json_object' } } }, 'done', [message('Sure! Here it is')]);
    render(<StructuredOutputBadge />);
    expect(screen.getByText('schema ✗ not JSON')).toBeInTheDocument();
  });

  it('shows nothing when the request did not ask for JSON', () => {
    setRun({ model: 'm', input: 'hi' }, 'done', [message('{"a":1}')]);
    const { container } = render(<StructuredOutputBadge />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is shown in the Response panel above the items', () => {
    setRun(jsonSchemaRequest, 'done', [message('{"temperatureCelsius":22,"condition":"Sunny"}')]);
    render(<ResponsePanel />);
    const check = screen.getByTestId('structured-output');
    const item = screen.getByTestId('output-item');
    expect(check.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(check).toHaveTextContent('schema ✓ valid');
  });
});
