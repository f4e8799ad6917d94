import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lintInput, newImagePart, textToItems, type InputItem } from '@/api/request/input-items.ts';
import { InputEditor } from './input-editor.tsx';

type Next = string | InputItem[] | undefined;

/** The editor as the form uses it: controlled, with the lint of what it holds. */
function renderEditor(initial?: unknown) {
  const onChange = vi.fn<(next: Next) => void>();
  function Harness() {
    const [value, setValue] = useState<unknown>(initial);
    return (
      <InputEditor
        value={value}
        findings={lintInput(value)}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
      />
    );
  }
  render(<Harness />);
  const last = () => onChange.mock.lastCall?.[0];
  return { onChange, last };
}

// The 8-byte PNG signature is enough: the editor checks type and size, not pixels.
const png = (name = 'dot.png', size = 8) =>
  new File([new Uint8Array(size).fill(137)], name, { type: 'image/png' });

const PNG_DATA_URL = 'data:image/png;base64,iYmJiYmJiYk=';

const field = (name: string) => screen.getByLabelText(name, { exact: true });

describe('InputEditor, text mode', () => {
  it('sends what is typed as a string, and unsets input when emptied', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await user.type(field('input'), 'hi there');
    expect(last()).toBe('hi there');
    await user.clear(field('input'));
    expect(last()).toBeUndefined();
  });

  it('switches to items and back without a loss', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor('hello');
    await user.click(screen.getByRole('button', { name: 'Items' }));
    expect(last()).toEqual(textToItems('hello'));
    expect(field('input[0].content[0].text')).toHaveValue('hello');
    expect(field('input[0].role')).toHaveValue('user');

    await user.click(screen.getByRole('button', { name: 'Text' }));
    expect(last()).toBe('hello');
    expect(field('input')).toHaveValue('hello');
  });

  it('offers text mode only when the items fit in a string, and says why not', async () => {
    const user = userEvent.setup();
    renderEditor(textToItems('look'));
    expect(screen.getByRole('button', { name: 'Text' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'add image part to input[0]' }));
    const text = screen.getByRole('button', { name: 'Text' });
    expect(text).toBeDisabled();
    expect(text).toHaveAttribute(
      'title',
      'Text mode holds one text part; this message has 2. Switching would lose it.',
    );
  });

  it('turns a pasted image into items: the text, then the image', async () => {
    const { last } = renderEditor('what is this?');
    fireEvent.paste(field('input'), { clipboardData: { files: [png()], types: ['Files'] } });
    await waitFor(() => expect(Array.isArray(last())).toBe(true));
    expect(last()).toEqual([
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'what is this?' },
          {
            type: 'input_image',
            detail: 'auto',
            image_url: PNG_DATA_URL,
          },
        ],
      },
    ]);
  });
});

describe('InputEditor, items mode', () => {
  it('adds an image by URL and loads it only when asked to', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor(textToItems('describe'));
    await user.click(screen.getByRole('button', { name: 'add image part to input[0]' }));
    // The new part has no source yet: the lint error is shown at its URL field.
    expect(screen.getByRole('alert')).toHaveTextContent(/needs image_url/);
    expect(field('input[0].content[1].image_url')).toHaveAttribute('aria-invalid', 'true');

    await user.type(field('input[0].content[1].image_url'), 'https://example.com/cat.png');
    expect(last()).toEqual([
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'describe' },
          { type: 'input_image', detail: 'auto', image_url: 'https://example.com/cat.png' },
        ],
      },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
    // Privacy: a remote image is not fetched until the user asks.
    expect(screen.queryByRole('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'preview input[0].content[1].image_url' }));
    expect(screen.getByRole('img', { name: 'input[0].content[1] preview' })).toHaveAttribute(
      'src',
      'https://example.com/cat.png',
    );

    await user.selectOptions(field('input[0].content[1].detail'), 'high');
    expect(last()).toMatchObject([{ content: [{}, { detail: 'high' }] }]);
  });

  it('uploads a small PNG as a base64 data URL and shows it', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor([{ type: 'message', role: 'user', content: [newImagePart()] }]);
    await user.upload(screen.getByLabelText('upload image for input[0].content[0]'), png());
    await waitFor(() =>
      expect(last()).toEqual([
        {
          type: 'message',
          role: 'user',
          content: [
            {
              type: 'input_image',
              detail: 'auto',
              image_url: PNG_DATA_URL,
            },
          ],
        },
      ]),
    );
    expect(screen.getByRole('img', { name: 'input[0].content[0] preview' })).toHaveAttribute(
      'src',
      PNG_DATA_URL,
    );
    expect(screen.getByText('image/png · 8 B')).toBeInTheDocument();
  });

  it('refuses an image over 8 MB and keeps the part as it was', async () => {
    const user = userEvent.setup();
    const items = [
      { type: 'message', role: 'user', content: [{ ...newImagePart(), file_id: 'file-1' }] },
    ];
    const { onChange } = renderEditor(items);
    await user.upload(
      screen.getByLabelText('upload image for input[0].content[0]'),
      png('huge.png', 9 * 1024 * 1024),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.png is 9 MB: images can be at most 8 MB',
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(field('input[0].content[0].file_id')).toHaveValue('file-1');
  });

  it('refuses a file that is not an image', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { onChange } = renderEditor([{ role: 'user', content: [newImagePart()] }]);
    const notes = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('upload image for input[0].content[0]'), notes);
    expect(await screen.findByText(/notes\.txt is not an image/)).toHaveAttribute('role', 'alert');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('uploads a file as file_data with its filename, and takes a dropped one', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor(textToItems('summarise'));
    await user.click(screen.getByRole('button', { name: 'add file part to input[0]' }));
    const pdf = new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('upload file for input[0].content[1]'), pdf);
    await waitFor(() =>
      expect(last()).toMatchObject([
        {
          content: [
            {},
            {
              type: 'input_file',
              file_data: 'data:application/pdf;base64,JVBERi0xLjQ=',
              filename: 'report.pdf',
            },
          ],
        },
      ]),
    );
    expect(field('input[0].content[1].filename')).toHaveValue('report.pdf');
    expect(field('input[0].content[1].file_data')).toHaveTextContent('application/pdf · 8 B');

    // A drop on the message adds a part: an image the API reads becomes an image part.
    const message = screen.getByRole('listitem', { name: 'input[0]' });
    fireEvent.drop(message, { dataTransfer: { files: [png()], types: ['Files'] } });
    await waitFor(() => expect(field('input[0].content[2].detail')).toHaveValue('auto'));
  });

  it('puts a file dropped on a part into that part, keeping edits made while it is read', async () => {
    const { last } = renderEditor([
      {
        type: 'message',
        role: 'user',
        content: [newImagePart(), { type: 'input_text', text: '' }],
      },
    ]);
    fireEvent.drop(field('input[0].content[0].image_url'), {
      dataTransfer: { files: [png()], types: ['Files'] },
    });
    fireEvent.change(field('input[0].content[1].text'), { target: { value: 'typed meanwhile' } });
    await waitFor(() =>
      expect(last()).toEqual([
        {
          type: 'message',
          role: 'user',
          content: [
            { type: 'input_image', detail: 'auto', image_url: PNG_DATA_URL },
            { type: 'input_text', text: 'typed meanwhile' },
          ],
        },
      ]),
    );
  });

  it('does not overwrite a part that was edited while its file was read', async () => {
    const { last } = renderEditor([{ type: 'message', role: 'user', content: [newImagePart()] }]);
    fireEvent.drop(field('input[0].content[0].image_url'), {
      dataTransfer: { files: [png()], types: ['Files'] },
    });
    fireEvent.change(field('input[0].content[0].file_id'), { target: { value: 'file-9' } });
    expect(await screen.findByText(/dot\.png was not added: this part changed/)).toBeVisible();
    expect(last()).toEqual([
      { type: 'message', role: 'user', content: [{ ...newImagePart(), file_id: 'file-9' }] },
    ]);
  });

  it('changes a role, adds and removes messages, and keeps items it has no form for', async () => {
    const user = userEvent.setup();
    const toolOutput = { type: 'function_call_output', call_id: 'call_1', output: '{"ok":true}' };
    const { last } = renderEditor([toolOutput, ...textToItems('first')]);
    expect(screen.getByRole('button', { name: 'Text' })).toBeDisabled();

    await user.selectOptions(field('input[1].role'), 'developer');
    expect(last()).toEqual([
      toolOutput,
      { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'first' }] },
    ]);

    await user.click(screen.getByRole('button', { name: 'add message' }));
    await user.type(field('input[2].content[0].text'), 'second');
    await user.click(screen.getByRole('button', { name: 'remove input[1]' }));
    expect(last()).toEqual([toolOutput, ...textToItems('second')]);
    expect(field('input[1].content[0].text')).toHaveValue('second');

    await user.click(screen.getByRole('button', { name: 'remove input[0]' }));
    await user.click(screen.getByRole('button', { name: 'remove input[0]' }));
    expect(last()).toBeUndefined();
    expect(screen.getByText(/No items/)).toBeInTheDocument();
  });

  it('shows lint findings beside their controls: errors as alerts, warnings in amber', () => {
    renderEditor([
      {
        role: 'robot',
        content: [{ type: 'input_file', file_data: 'data:text/plain;base64,aGk=' }],
      },
      { type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'earlier' }] },
    ]);
    const first = screen.getByRole('listitem', { name: 'input[0]' });
    expect(
      within(first)
        .getAllByRole('alert')
        .map((a) => a.textContent),
    ).toEqual([
      expect.stringMatching(/role must be one of/),
      expect.stringMatching(/filename is required/),
    ]);
    expect(field('input[0].role')).toHaveValue('robot');
    const second = screen.getByRole('listitem', { name: 'input[1]' });
    expect(within(second).queryByRole('alert')).toBeNull();
    expect(within(second).getByText(/OpenAI takes only output_text/)).toHaveClass('text-amber-700');
  });

  it('turns a lone assistant text part into string content on request', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor([
      { type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'earlier' }] },
    ]);
    await user.click(screen.getByRole('button', { name: 'Use string content' }));
    expect(last()).toEqual([{ type: 'message', role: 'assistant', content: 'earlier' }]);
    expect(field('input[0].content')).toHaveValue('earlier');
  });
});
