import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GROUPS, PARAMS } from '@/api/request/param-catalog.ts';
import { collectProperties, schemaNamed } from '@/api/request/spec-testkit.ts';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { RequestForm } from './request-form.tsx';

const GROUP_KINDS = new Set(['multi-enum', 'key-value', 'context-management', 'tools', 'schema']);
const connection = { baseUrl: '/local/v1', apiKey: 'k', viaProxy: false };

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(Response.json({ object: 'list', data: [] }))),
  );
  useRequestDraftStore.setState({
    // json_schema reveals the text.format.* details.
    body: { model: 'local-echo', input: 'hi', text: { format: { type: 'json_schema' } } },
  });
  usePendingTextStore.setState({ texts: {} });
});

async function renderAllGroupsOpen() {
  const onSend = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RequestForm connection={connection} running={false} onSend={onSend} onStop={vi.fn()} />
    </QueryClientProvider>,
  );
  const user = userEvent.setup();
  for (const group of GROUPS.filter((g) => g.id !== 'main')) {
    const header = screen.getByRole('button', { name: new RegExp(`^[▸▾] ${group.label}`) });
    if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  }
  return { user, onSend };
}

/** The control for a parameter, found by its API name as a user (and a screen reader) would. */
function controlFor(path: string, kind: string): HTMLElement {
  if (GROUP_KINDS.has(kind)) return screen.getByRole('group', { name: path });
  return screen.getByLabelText(path, { exact: true, selector: 'input, select, textarea' });
}

/** Form or JSON (a schema editor has tabs of the same names). */
const viewTab = (name: 'Form' | 'JSON') =>
  within(screen.getByRole('tablist', { name: 'request view' })).getByRole('tab', { name });

describe('RequestForm', () => {
  it('a Base URL that is not one blocks Send and says why', () => {
    const onSend = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RequestForm
          connection={{ ...connection, baseUrl: 'api.openai.com/v1' }}
          running={false}
          onSend={onSend}
          onStop={vi.fn()}
        />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(screen.getByTestId('lint-summary')).toHaveTextContent('Base URL: Not a URL');
  });

  it('renders a control labelled with its API name for every parameter in the catalogue', async () => {
    await renderAllGroupsOpen();
    for (const spec of PARAMS)
      expect(controlFor(spec.path, spec.kind), spec.path).toBeInTheDocument();
  });

  it('has a rendered control for every top-level property of the spec’s CreateResponse', async () => {
    await renderAllGroupsOpen();
    const labelled = PARAMS.map((p) => ({
      root: p.path.split('.')[0],
      el: controlFor(p.path, p.kind),
    }));
    const missing = [...collectProperties(schemaNamed('CreateResponse')).keys()].filter(
      (name) => !labelled.some((c) => c.root === name && c.el.isConnected),
    );
    expect(missing).toEqual([]);
  });

  it('sends exactly the set parameters; a reset parameter is not sent', async () => {
    const { user, onSend } = await renderAllGroupsOpen();
    await user.type(screen.getByLabelText('max_output_tokens', { exact: true }), '64');
    await user.selectOptions(screen.getByLabelText('text.format.type', { exact: true }), 'text');
    await user.click(screen.getByRole('button', { name: 'reset text.format.type' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith({
      model: 'local-echo',
      input: 'hi',
      max_output_tokens: 64,
    });
  });

  it('keeps a half-typed number without touching the body, and says why', async () => {
    const { user } = await renderAllGroupsOpen();
    const temperature = screen.getByLabelText('temperature', { exact: true });
    await user.type(temperature, '0.5');
    expect(useRequestDraftStore.getState().body.temperature).toBe(0.5);
    await user.type(temperature, 'x');
    expect(temperature).toHaveValue('0.5x');
    expect(useRequestDraftStore.getState().body.temperature).toBe(0.5);
    expect(screen.getByText(/is not a number/)).toBeInTheDocument();
  });

  it('keeps invalid text in a field whose group is closed and opened again, with its message', async () => {
    const { user } = await renderAllGroupsOpen();
    await user.type(screen.getByLabelText('temperature', { exact: true }), '0.7x');
    const sampling = screen.getByRole('button', { name: /^[▸▾] Sampling/ });
    await user.click(sampling);
    expect(screen.queryByLabelText('temperature', { exact: true })).toBeNull();
    await user.click(sampling);
    const temperature = screen.getByLabelText('temperature', { exact: true });
    expect(temperature).toHaveValue('0.7x');
    expect(screen.getByText(/“0\.7x” is not a number/)).toBeInTheDocument();
    expect(useRequestDraftStore.getState().body.temperature).toBe(0.7);
    // Mended, it is the value again and nothing is kept.
    await user.type(temperature, '{Backspace}5');
    expect(useRequestDraftStore.getState().body.temperature).toBe(0.75);
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('keeps invalid text in text.format.schema when the Output group is closed and opened', async () => {
    useRequestDraftStore.setState({
      body: { model: 'm', text: { format: { type: 'json_schema', schema: { type: 'object' } } } },
    });
    const { user } = await renderAllGroupsOpen();
    const schema = () => screen.getByRole('textbox', { name: 'text.format.schema' });
    fireEvent.change(schema(), { target: { value: '{"type": "object"},,garbage' } });
    const output = screen.getByRole('button', { name: /^[▸▾] Output/ });
    await user.click(output);
    await user.click(output);
    expect(schema()).toHaveValue('{"type": "object"},,garbage');
    expect(schema()).toHaveAttribute('aria-invalid', 'true');
    expect(useRequestDraftStore.getState().body.text).toEqual({
      format: { type: 'json_schema', schema: { type: 'object' } },
    });
  });

  it('keeps an invalid raw JSON body across Form and JSON, and across a reload', async () => {
    const { user } = await renderAllGroupsOpen();
    await user.click(viewTab('JSON'));
    const invalid = '{"model": "local-echo", "input": "hi",}';
    const raw = () => screen.getByRole('textbox', { name: 'request body JSON' });
    fireEvent.change(raw(), { target: { value: invalid } });
    expect(screen.getByText(/The form keeps its last valid state/)).toBeInTheDocument();
    await user.click(viewTab('Form'));
    await user.click(viewTab('JSON'));
    expect(raw()).toHaveValue(invalid);
    expect(screen.getByText(/The form keeps its last valid state/)).toBeInTheDocument();

    // A reload: memory gone, only what was saved comes back.
    cleanup();
    const saved = localStorage.getItem('rp.pending-texts') ?? '';
    expect(saved).toContain('local-echo');
    usePendingTextStore.setState({ texts: {} }); // this saves too: put back what was there
    localStorage.setItem('rp.pending-texts', saved);
    await usePendingTextStore.persist.rehydrate();
    await renderAllGroupsOpen();
    await user.click(viewTab('JSON'));
    expect(raw()).toHaveValue(invalid);

    // Valid again: it replaces the body, and nothing is kept.
    fireEvent.change(raw(), { target: { value: '{"model": "m2"}' } });
    expect(useRequestDraftStore.getState().body).toEqual({ model: 'm2' });
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('never saves an invalid raw body that may hold MCP credentials', async () => {
    const { user } = await renderAllGroupsOpen();
    await user.click(viewTab('JSON'));
    const invalid = '{"tools": [{"type": "mcp", "headers": {"X-Key": "sk-very-secret"}}],}';
    fireEvent.change(screen.getByRole('textbox', { name: 'request body JSON' }), {
      target: { value: invalid },
    });
    await user.click(viewTab('Form'));
    await user.click(viewTab('JSON'));
    expect(screen.getByRole('textbox', { name: 'request body JSON' })).toHaveValue(invalid);
    expect(localStorage.getItem('rp.pending-texts') ?? '').not.toContain('sk-very-secret');
  });
});

describe('RequestForm view tabs and run buttons', () => {
  // A body with nothing to block Send.
  beforeEach(() => useRequestDraftStore.setState({ body: { model: 'local-echo', input: 'hi' } }));

  function renderForm() {
    const client = new QueryClient();
    const onSend = vi.fn();
    const ui = (running: boolean) => (
      <QueryClientProvider client={client}>
        <RequestForm connection={connection} running={running} onSend={onSend} onStop={vi.fn()} />
      </QueryClientProvider>
    );
    const view = render(ui(false));
    return { onSend, setRunning: (running: boolean) => view.rerender(ui(running)) };
  }
  const send = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Send' });
  const stop = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Stop' });

  it('switches Form and JSON with arrow keys, one tab in the Tab order, into a labelled panel', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(viewTab('JSON')).toHaveAttribute('tabindex', '-1');
    viewTab('Form').focus();
    await user.keyboard('{ArrowRight}');
    expect(viewTab('JSON')).toHaveFocus();
    expect(viewTab('JSON')).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'JSON' });
    expect(viewTab('JSON')).toHaveAttribute('aria-controls', panel.id);
    await user.keyboard('{Home}');
    expect(viewTab('Form')).toHaveAttribute('aria-selected', 'true');
  });

  it('moves focus from Send (pressed with Enter) to Stop, and back to Send when the run ends', async () => {
    const user = userEvent.setup();
    const { onSend, setRunning } = renderForm();
    send().focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(onSend).toHaveBeenCalledOnce());
    setRunning(true);
    expect(stop()).toHaveFocus();
    setRunning(false);
    expect(send()).toHaveFocus();
  });

  it('recovers focus that a button dropped when it was disabled', () => {
    const { setRunning } = renderForm();
    // What Chromium does to a focused button that becomes disabled: focus falls to <body>.
    const drop = (button: HTMLElement) => {
      act(() => {
        button.setAttribute('disabled', '');
        button.blur();
      });
    };
    send().focus();
    drop(send());
    setRunning(true);
    expect(stop()).toHaveFocus();
    drop(stop());
    setRunning(false);
    expect(send()).toHaveFocus();
  });

  it('leaves focus alone when it is elsewhere (Ctrl+Enter from a field)', () => {
    const { setRunning } = renderForm();
    const model = screen.getByLabelText('model', { exact: true });
    model.focus();
    setRunning(true);
    expect(model).toHaveFocus();
    setRunning(false);
    expect(model).toHaveFocus();
  });
});
