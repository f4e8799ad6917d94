import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { OutputItem } from '@/api/events/stream-state.ts';
import { OutputItemView } from '../output-item-view.tsx';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Items are built from untrusted JSON: the tests feed shapes the SDK types would not allow. */
function show(item: unknown, onApproval?: (id: string, approve: boolean) => void) {
  return render(<OutputItemView item={item as OutputItem} onApproval={onApproval} />);
}

let errors: MockInstance<typeof console.error>;

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

describe('message', () => {
  it('numbers the citations after the text, with safe links only', () => {
    show({
      type: 'message',
      status: 'completed',
      content: [
        {
          type: 'output_text',
          text: 'Pizza is the answer.',
          annotations: [
            { type: 'url_citation', title: 'Pizza facts', url: 'https://example.com/pizza' },
            { type: 'url_citation', title: 'Trap', url: 'javascript:alert(1)' },
            { type: 'file_citation', filename: 'foods.txt', file_id: 'file-1', index: 3 },
            { type: 'file_path', file_id: 'file-2', index: 0 },
          ],
        },
      ],
    });
    const list = screen.getByRole('list', { name: 'citations' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((li) => li.textContent.slice(0, 3))).toEqual(['[1]', '[2]', '[3]', '[4]']);
    const link = within(list).getByRole('link', { name: 'Pizza facts' });
    expect(link).toHaveAttribute('href', 'https://example.com/pizza');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(entries[0]).toHaveTextContent('https://example.com/pizza');
    expect(within(list).getAllByRole('link')).toHaveLength(1);
    expect(entries[1]).toHaveTextContent('javascript:alert(1)');
    expect(entries[2]).toHaveTextContent('foods.txt');
    expect(entries[2]).toHaveTextContent('file-1');
    expect(entries[3]).toHaveTextContent('file-2');
  });

  it('shows a refusal in a box labelled Refusal', () => {
    show({
      type: 'message',
      status: 'completed',
      content: [{ type: 'refusal', refusal: 'I can’t help with that <b>request</b>.' }],
    });
    expect(screen.getByText('Refusal')).toBeInTheDocument();
    expect(screen.getByText('I can’t help with that <b>request</b>.')).toBeInTheDocument();
  });
});

describe('reasoning', () => {
  it('shows the summary as markdown and notes encrypted content', () => {
    const { container } = show({
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: '**Planning** the trip' }],
      content: [{ type: 'reasoning_text', text: 'raw thoughts' }],
      encrypted_content: 'gAAAA',
    });
    expect(container.querySelector('details')).not.toBeNull();
    expect(screen.getByText('Planning').tagName).toBe('STRONG');
    expect(screen.queryByText('raw thoughts')).toBeNull();
    expect(container).toHaveTextContent('encrypted_content present');
  });

  it('shows the raw reasoning text when there is no summary', () => {
    show({
      type: 'reasoning',
      status: 'in_progress',
      summary: [],
      content: [{ type: 'reasoning_text', text: 'The user asks for weather' }],
    });
    expect(screen.getByText('The user asks for weather')).toBeInTheDocument();
    expect(screen.getByTitle('status')).toHaveTextContent('in_progress');
  });
});

describe('function_call', () => {
  it('shows partial arguments as text, then pretty-printed once they parse', () => {
    const call = { type: 'function_call', name: 'get_weather', call_id: 'call_1' };
    const { container, rerender } = show({ ...call, status: 'in_progress', arguments: '{"loc' });
    expect(screen.getByText('get_weather')).toBeInTheDocument();
    expect(screen.getByText('call_1')).toBeInTheDocument();
    expect(screen.getByText('partial JSON')).toBeInTheDocument();
    expect(container.querySelector('pre')).toHaveTextContent('{"loc');

    const done = { ...call, status: 'completed', arguments: '{"location":"Paris"}' };
    rerender(<OutputItemView item={done as OutputItem} />);
    expect(screen.queryByText('partial JSON')).toBeNull();
    expect(container.querySelector('pre')?.textContent).toBe('{\n  "location": "Paris"\n}');
  });
});

describe('web_search_call', () => {
  it('shows the query and the sources as links', () => {
    show({
      type: 'web_search_call',
      status: 'completed',
      action: {
        type: 'search',
        query: 'weather in Redmond',
        sources: [
          { type: 'url', url: 'https://weather.example.com/redmond' },
          { type: 'url', url: 'javascript:alert(1)' },
        ],
      },
    });
    expect(screen.getByText('weather in Redmond')).toBeInTheDocument();
    const sources = screen.getByRole('list', { name: 'sources' });
    const link = within(sources).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://weather.example.com/redmond');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(sources).toHaveTextContent('javascript:alert(1)');
  });

  it('shows open_page and find_in_page actions', () => {
    const { rerender } = show({
      type: 'web_search_call',
      status: 'completed',
      action: { type: 'open_page', url: 'https://example.com/page' },
    });
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://example.com/page');
    rerender(
      <OutputItemView
        item={
          {
            type: 'web_search_call',
            status: 'completed',
            action: { type: 'find_in_page', pattern: 'forecast', url: 'https://example.com/p' },
          } as unknown as OutputItem
        }
      />,
    );
    expect(screen.getByText('find_in_page')).toBeInTheDocument();
    expect(screen.getByText('forecast')).toBeInTheDocument();
  });
});

describe('file_search_call', () => {
  it('shows the queries and the results with filename, score and excerpt', () => {
    show({
      type: 'file_search_call',
      status: 'completed',
      queries: ['favorite food'],
      results: [
        {
          file_id: 'file-1',
          filename: 'foods.txt',
          score: 0.91234,
          text: 'Travis: pizza. '.repeat(40),
        },
      ],
    });
    expect(screen.getByText('favorite food')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'results' });
    expect(results).toHaveTextContent('foods.txt');
    expect(results).toHaveTextContent('score 0.912');
    expect(results).toHaveTextContent('Travis: pizza.');
    expect(results.textContent.length).toBeLessThan(400);
  });

  it('says how to get results when they were not included', () => {
    show({ type: 'file_search_call', status: 'completed', queries: [], results: null });
    expect(screen.getByText(/Results not included/)).toBeInTheDocument();
  });
});

describe('code_interpreter_call', () => {
  it('shows code and logs in <pre>, data images as <img>, remote images as text', () => {
    const { container } = show({
      type: 'code_interpreter_call',
      status: 'completed',
      container_id: 'cntr_1',
      code: 'print("hi")',
      outputs: [
        { type: 'logs', logs: 'hi\n' },
        { type: 'image', url: `data:image/png;base64,${PNG_1PX}` },
        { type: 'image', url: 'https://files.example.com/plot.png' },
      ],
    });
    const pres = Array.from(container.querySelectorAll('pre'), (pre) => pre.textContent);
    expect(pres).toEqual(['print("hi")', 'hi\n']);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(container).toHaveTextContent('https://files.example.com/plot.png');
  });
});

describe('image_generation_call', () => {
  it('shows the latest partial image with a label, then the result', () => {
    const call = { type: 'image_generation_call', id: 'ig_1' };
    const { rerender } = show({ ...call, status: 'generating', partial_image_b64: 'UEFSVA==' });
    expect(screen.getByText('partial')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAttribute('src', 'data:image/png;base64,UEFSVA==');

    const done = { ...call, status: 'completed', result: PNG_1PX, partial_image_b64: 'UEFSVA==' };
    rerender(<OutputItemView item={done as unknown as OutputItem} />);
    expect(screen.queryByText('partial')).toBeNull();
    expect(screen.getByRole('img')).toHaveAttribute('src', `data:image/png;base64,${PNG_1PX}`);
  });

  it('says it is generating while there is no image yet', () => {
    show({ type: 'image_generation_call', status: 'in_progress' });
    expect(screen.getByText('Generating…')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('MCP', () => {
  it('lists the tools of a server with their descriptions', () => {
    show({
      type: 'mcp_list_tools',
      server_label: 'dmcp',
      tools: [{ name: 'roll', description: 'Rolls dice.', input_schema: { type: 'object' } }],
    });
    expect(screen.getByText('dmcp')).toBeInTheDocument();
    const tools = screen.getByRole('list', { name: 'tools' });
    expect(tools).toHaveTextContent('roll');
    expect(tools).toHaveTextContent('Rolls dice.');
  });

  it('shows a call with its output as text, never as markup', () => {
    const { container } = show({
      type: 'mcp_call',
      status: 'completed',
      name: 'fetch',
      server_label: 'web',
      arguments: '{"url":"https://example.com"}',
      output: '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a>',
      error: null,
    });
    expect(screen.getByText('fetch')).toBeInTheDocument();
    expect(screen.getByText('on web')).toBeInTheDocument();
    expect(container.querySelector('img, a')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  it('shows an error of a call, even when it is an object', () => {
    show({
      type: 'mcp_call',
      name: 'roll',
      server_label: 'dmcp',
      arguments: '{}',
      error: { message: 'server unreachable' },
    });
    expect(screen.getByTitle('status')).toHaveTextContent('failed');
    expect(screen.getByText(/server unreachable/)).toBeInTheDocument();
  });

  it('answers an approval request through onApproval', async () => {
    const user = userEvent.setup();
    const onApproval = vi.fn();
    show(
      {
        type: 'mcp_approval_request',
        id: 'mcpr_1',
        name: 'delete_file',
        server_label: 'fs',
        arguments: '{"path":"/tmp/x"}',
      },
      onApproval,
    );
    expect(screen.getByText('delete_file')).toBeInTheDocument();
    expect(screen.getByText('on fs')).toBeInTheDocument();
    expect(screen.getByText(/"path": "\/tmp\/x"/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Deny' }));
    expect(onApproval.mock.calls).toEqual([
      ['mcpr_1', true],
      ['mcpr_1', false],
    ]);
  });

  it('disables the approval buttons without a handler', () => {
    show({ type: 'mcp_approval_request', id: 'mcpr_1', name: 'x', server_label: 's' });
    expect(screen.getByRole('button', { name: 'Approve' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Deny' })).toBeDisabled();
  });
});

describe('anything else', () => {
  it('shows an unknown item type as JSON, labelled with its type', () => {
    const { container } = show({ type: 'shell_call', status: 'completed', command: ['ls'] });
    expect(container.querySelector('[data-item-type="shell_call"]')).not.toBeNull();
    expect(screen.getByText('shell_call')).toBeInTheDocument();
    expect(container.querySelector('pre')).toHaveTextContent('"command": [');
  });

  it.each([
    null,
    'a string',
    42,
    [],
    {},
    { type: { nested: true } },
    { type: 'message', content: 'not a list' },
    { type: 'message', content: [null, 'x', { type: 'output_text', text: { no: 1 } }] },
    { type: 'message', status: { x: 1 }, phase: ['a'], content: [{ type: 'refusal', refusal: 7 }] },
    { type: 'message', content: [{ type: 'output_text', text: 'x', annotations: [null, 5, {}] }] },
    { type: 'reasoning', summary: [{ text: { a: 1 } }], encrypted_content: 5 },
    { type: 'function_call', name: { a: 1 }, call_id: [], arguments: { a: 1 } },
    {
      type: 'web_search_call',
      action: { type: 'search', sources: [{ url: { a: 1 } }], queries: 5 },
    },
    { type: 'web_search_call', action: 'search' },
    { type: 'file_search_call', queries: [1, { a: 1 }], results: [{ score: 'high', text: {} }] },
    { type: 'code_interpreter_call', code: { a: 1 }, outputs: [{ type: 'image', url: 5 }, 3] },
    { type: 'image_generation_call', result: { a: 1 }, partial_image_b64: 5, output_format: {} },
    { type: 'mcp_list_tools', server_label: {}, tools: [{ name: {}, description: [] }], error: {} },
    { type: 'mcp_call', name: null, arguments: 5, output: { a: 1 }, error: ['x'] },
    { type: 'mcp_approval_request', id: { a: 1 }, arguments: null },
    { type: 'constructor' },
    { type: '__proto__' },
  ])('never throws on %j', (item) => {
    const { container } = show(item);
    expect(container.querySelector('[data-testid="output-item"]')).not.toBeNull();
  });
});
