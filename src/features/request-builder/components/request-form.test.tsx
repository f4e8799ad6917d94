import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GROUPS, PARAMS } from '@/api/request/param-catalog.ts';
import { collectProperties, schemaNamed } from '@/api/request/spec-testkit.ts';
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

describe('RequestForm', () => {
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
});
