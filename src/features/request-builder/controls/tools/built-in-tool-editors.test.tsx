import { cleanup, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';
import { FileSearchToolEditor, ImageGenerationToolEditor } from './built-in-tool-editors.tsx';
import { renderToolEditor } from './tool-editor-testkit.tsx';

beforeEach(() => usePendingTextStore.setState({ texts: {} }));

describe('FileSearchToolEditor', () => {
  it('shows invalid filters again, with the message, when the editor comes back', () => {
    const filters = { type: 'eq', key: 'region', value: 'eu' };
    const first = renderToolEditor(FileSearchToolEditor, { type: 'file_search', filters });
    const invalid = '{"type": "eq",,garbage';
    fireEvent.change(screen.getByLabelText('tools[0].filters'), { target: { value: invalid } });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    cleanup();
    renderToolEditor(FileSearchToolEditor, first.tool());
    expect(screen.getByLabelText('tools[0].filters')).toHaveValue(invalid);
    expect(screen.getByLabelText('tools[0].filters')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(first.tool().filters).toEqual(filters);
    // Valid again: nothing is kept.
    fireEvent.change(screen.getByLabelText('tools[0].filters'), { target: { value: '' } });
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('keeps the comma being typed in vector_store_ids and splits the list from the text', async () => {
    const { user, tool } = renderToolEditor(FileSearchToolEditor, {
      type: 'file_search',
      vector_store_ids: [],
    });
    const field = screen.getByLabelText('tools[0].vector_store_ids');
    await user.type(field, 'vs_a, vs_b');
    expect(field).toHaveValue('vs_a, vs_b');
    expect(tool().vector_store_ids).toEqual(['vs_a', 'vs_b']);
    await user.clear(field);
    expect(tool().vector_store_ids).toEqual([]);
  });

  it('keeps a max_num_results that is not a number, says so, and leaves the tool alone', async () => {
    const { user, tool } = renderToolEditor(FileSearchToolEditor, {
      type: 'file_search',
      vector_store_ids: ['vs_a'],
    });
    const field = screen.getByLabelText('tools[0].max_num_results');
    await user.type(field, '5');
    expect(tool().max_num_results).toBe(5);
    await user.clear(field);
    await user.type(field, 'abc');
    expect(field).toHaveValue('abc');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” is not a number.');
    expect(tool()).not.toHaveProperty('max_num_results');
    await user.clear(field);
    await user.type(field, '7');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(tool().max_num_results).toBe(7);
  });
});

describe('ImageGenerationToolEditor', () => {
  it('never puts NaN in partial_images: the text stays, with a message next to it', async () => {
    const { user, tool } = renderToolEditor(ImageGenerationToolEditor, {
      type: 'image_generation',
      partial_images: 2,
    });
    const field = screen.getByLabelText('tools[0].partial_images');
    await user.type(field, 'x');
    expect(field).toHaveValue('2x');
    expect(screen.getByRole('alert')).toHaveTextContent('“2x” is not a number.');
    expect(tool().partial_images).toBe(2);
    await user.clear(field);
    await user.type(field, '1.5');
    expect(field).toHaveValue('1.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Must be a whole number.');
    expect(tool().partial_images).toBe(1);
  });
});
