import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { McpToolEditor } from './mcp-tool-editor.tsx';
import { renderToolEditor } from './tool-editor-testkit.tsx';

const MCP = { type: 'mcp', server_label: 'docs', server_url: 'https://example.test/mcp' };

describe('McpToolEditor', () => {
  it('keeps the comma being typed in allowed_tools; an emptied field allows all', async () => {
    const { user, tool } = renderToolEditor(McpToolEditor, MCP);
    const field = screen.getByLabelText('tools[0].allowed_tools');
    await user.type(field, 'search, fetch');
    expect(field).toHaveValue('search, fetch');
    expect(tool().allowed_tools).toEqual(['search', 'fetch']);
    await user.clear(field);
    expect(tool()).not.toHaveProperty('allowed_tools');
  });

  it('shows a row per “+ header”, and flags a row without a name instead of merging it', async () => {
    const { user, tool } = renderToolEditor(McpToolEditor, MCP);
    const add = screen.getByRole('button', { name: '+ header' });
    await user.click(add);
    await user.click(add);
    expect(screen.getByLabelText('tools[0].headers key 1')).toHaveValue('Authorization');
    expect(screen.getByLabelText('tools[0].headers key 2')).toHaveValue('');
    expect(screen.getByText('A header without a name is not sent.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('tools[0].headers key 2'), 'X-Team');
    await user.type(screen.getByLabelText('tools[0].headers value 2'), 'core');
    expect(tool().headers).toEqual({ Authorization: '', 'X-Team': 'core' });
  });

  it('keeps a row and its value when its name is emptied, and flags a repeated name', async () => {
    const { user, tool } = renderToolEditor(McpToolEditor, {
      ...MCP,
      headers: { Authorization: 'Bearer t', 'X-Team': 'core' },
    });
    const key2 = screen.getByLabelText('tools[0].headers key 2');
    await user.clear(key2);
    expect(key2).toHaveValue('');
    expect(screen.getByLabelText('tools[0].headers value 2')).toHaveValue('core');
    expect(screen.getByText('A header without a name is not sent.')).toBeInTheDocument();
    expect(tool().headers).toEqual({ Authorization: 'Bearer t' });

    await user.type(key2, 'Authorization');
    expect(screen.getByLabelText('tools[0].headers value 1')).toHaveValue('Bearer t');
    expect(
      screen.getByText('Header “Authorization” is given twice: only the last one is sent.'),
    ).toBeInTheDocument();
    expect(tool().headers).toEqual({ Authorization: 'core' });

    await user.clear(key2);
    await user.type(key2, 'X-Team');
    expect(tool().headers).toEqual({ Authorization: 'Bearer t', 'X-Team': 'core' });
  });

  it('takes the rows from an outside change to the headers (raw JSON, a preset)', () => {
    const { rerenderWith } = renderToolEditor(McpToolEditor, {
      ...MCP,
      headers: { Authorization: 'a' },
    });
    rerenderWith({ ...MCP, headers: { 'X-Other': 'b' } });
    expect(screen.getByLabelText('tools[0].headers key 1')).toHaveValue('X-Other');
    expect(screen.queryByLabelText('tools[0].headers key 2')).not.toBeInTheDocument();
  });

  it('flags an empty header value beside its row (as after a reload), until it is typed again', async () => {
    const { user, tool } = renderToolEditor(McpToolEditor, {
      ...MCP,
      headers: { Authorization: '', 'X-Team': 'core' },
    });
    const message =
      'tools[0].headers.Authorization is empty: secrets are not saved with the draft, enter it again (or remove the header).';
    const value1 = screen.getByLabelText('tools[0].headers value 1');
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(value1).toHaveAttribute('aria-invalid', 'true');
    expect(value1).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText('tools[0].headers value 2')).not.toHaveAttribute('aria-invalid');

    await user.type(value1, 'Bearer SECRET-123');
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(value1).not.toHaveAttribute('aria-invalid');
    expect(tool().headers).toEqual({ Authorization: 'Bearer SECRET-123', 'X-Team': 'core' });
  });

  it('flags only the row that is sent when a name is repeated', async () => {
    const { user } = renderToolEditor(McpToolEditor, { ...MCP, headers: { 'X-Team': 'core' } });
    await user.click(screen.getByRole('button', { name: '+ header' }));
    expect(screen.getByText(/tools\[0\]\.headers\.Authorization is empty/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('tools[0].headers key 2'));
    await user.type(screen.getByLabelText('tools[0].headers key 2'), 'X-Team');
    // The empty row is the last X-Team, so it is the one sent: flagged.
    expect(screen.getByText(/tools\[0\]\.headers\.X-Team is empty/)).toBeInTheDocument();
    expect(screen.getByLabelText('tools[0].headers value 1')).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByLabelText('tools[0].headers value 2'), 'ops');
    expect(screen.queryByText(/is empty/)).not.toBeInTheDocument();
  });
});
