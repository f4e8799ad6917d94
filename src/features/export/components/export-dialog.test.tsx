import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportDialog } from './export-dialog.tsx';
import { ImportDialog } from './import-dialog.tsx';

const body = {
  model: 'local-echo',
  input: 'hi',
  stream: true,
  tools: [{ type: 'mcp', server_label: 'docs', headers: { Authorization: 'Bearer test-mcp-1' } }],
};
const connection = {
  baseUrl: 'https://api.openai.com/v1',
  apiKey: 'test-key-ui-1',
  viaProxy: false,
};
const code = () => screen.getByTestId('export-code').textContent ?? '';

describe('ExportDialog', () => {
  it('shows one tab per target, and the key and MCP values only when ticked', async () => {
    const user = userEvent.setup();
    render(<ExportDialog body={body} connection={connection} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Export request' });
    const tabs = within(dialog)
      .getAllByRole('tab')
      .map((t) => t.textContent);
    expect(tabs).toEqual(['curl', 'TypeScript', 'TypeScript (fetch)', 'Python', 'HTTP', 'JSON']);
    expect(code()).toMatch(/^curl -N https:\/\/api\.openai\.com\/v1\/responses/m);
    expect(code()).toContain('$OPENAI_API_KEY');
    expect(code()).not.toContain('test-key-ui-1');
    expect(code()).not.toContain('test-mcp-1');

    await user.click(screen.getByLabelText('include my API key'));
    expect(screen.getByRole('alert')).toHaveTextContent('contains your API key');
    expect(code()).toContain('test-key-ui-1');
    await user.click(screen.getByLabelText('include MCP header values'));
    expect(code()).toContain('test-mcp-1');

    await user.click(screen.getByRole('tab', { name: 'Python' }));
    expect(screen.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    expect(code()).toContain('from openai import OpenAI');
    // Arrow keys move between tabs.
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Python' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'HTTP' })).toHaveFocus();
    expect(code()).toMatch(/^POST \/v1\/responses HTTP\/1\.1/);
  });

  it('copies the code shown, and Escape closes', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const onClose = vi.fn();
    render(<ExportDialog body={body} connection={connection} onClose={onClose} />);
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('offers "Whole thread" for two or more turns, and uses the local placeholder key', () => {
    render(
      <ExportDialog
        body={{ model: 'local-echo' }}
        connection={{ baseUrl: '/local/v1', apiKey: 'local-no-key-needed', viaProxy: false }}
        threadTurns={[
          { request: { model: 'local-echo', input: 'a' }, responseId: 'resp_1' },
          {
            request: { model: 'local-echo', input: 'b', previous_response_id: 'resp_1' },
            responseId: null,
          },
        ]}
        onClose={() => {}}
      />,
    );
    expect(code()).toContain(`Bearer local-no-key-needed' \\`);
    expect(screen.getByLabelText('include my API key')).toBeDisabled();
    fireEvent.click(screen.getByRole('tab', { name: 'Whole thread' }));
    expect(code()).toContain('previous_response_id: previousId');
  });
});

describe('ImportDialog', () => {
  it('a bad paste shows why under the box, keeps the text and changes nothing', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn(() => []);
    render(<ImportDialog onImport={onImport} onUseKey={() => {}} onClose={() => {}} />);
    const box = screen.getByLabelText('curl or JSON');
    await user.click(box);
    await user.paste(`curl https://h/v1/responses -d '{"model": }'`);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid JSON at line 1, column 11');
    expect(box).toHaveValue(`curl https://h/v1/responses -d '{"model": }'`);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('fills the form, reports what it changed and offers a literal key without applying it', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn(() => ['Base URL set to https://h/v1.']);
    const onUseKey = vi.fn();
    render(<ImportDialog onImport={onImport} onUseKey={onUseKey} onClose={() => {}} />);
    await user.click(screen.getByLabelText('curl or JSON'));
    await user.paste(
      `curl https://h/v1/responses -H 'Authorization: Bearer test-key-pasted' -d '{"model":"m"}'`,
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ body: { model: 'm' }, baseUrl: 'https://h/v1' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Base URL set to https://h/v1.');
    expect(onUseKey).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Use this key' }));
    expect(onUseKey).toHaveBeenCalledWith('test-key-pasted');
  });
});
