import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialStreamState, type OutputItem } from '@/api/events/stream-state.ts';
import { useRunStore, type RunPhase } from '@/stores/run-store.ts';
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

function message(text: string): OutputItem {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
}

function setRun(request: Record<string, unknown>, phase: RunPhase, output: OutputItem[]) {
  useRunStore.setState({
    request,
    phase,
    outcome: phase === 'done' ? 'completed' : null,
    stream: { ...initialStreamState, output },
  });
}

afterEach(() => {
  useRunStore.setState({ request: null, phase: 'idle', outcome: null, stream: initialStreamState });
});

describe('StructuredOutputBadge', () => {
  it('pretty-prints the growing JSON while streaming, with no verdict yet', () => {
    setRun(jsonSchemaRequest, 'streaming', [message('{"temperatureCelsius":22,"cond')]);
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
