import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePresetsStore } from '../presets-store.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { PresetsBar } from './presets-bar.tsx';

beforeEach(() => {
  localStorage.clear();
  usePresetsStore.setState({ presets: [] });
});

function optionNames(): string[] {
  const select = screen.getByRole('combobox', { name: 'preset' });
  return within(select)
    .getAllByRole('option')
    .slice(1)
    .map((o) => o.textContent ?? '');
}

describe('PresetsBar', () => {
  it('loading a preset in a new thread does not continue an old conversation', async () => {
    // A preset saved before presets left out per-conversation state.
    usePresetsStore.setState({
      presets: [
        {
          id: 'p_old',
          name: 'old',
          body: { model: 'm', temperature: 1, previous_response_id: 'resp_old' },
          savedAt: 0,
        },
      ],
    });
    useRequestDraftStore.setState({ body: { model: 'x', input: 'new question' } });
    render(<PresetsBar />);
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'preset' }), 'old');
    expect(useRequestDraftStore.getState().body).toEqual({
      model: 'm',
      temperature: 1,
      input: 'new question',
    });
  });

  it('saving does not keep previous_response_id', async () => {
    useRequestDraftStore.setState({
      body: { model: 'm', input: 'hi', previous_response_id: 'resp_1', conversation: 'conv_1' },
    });
    render(<PresetsBar />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save preset' }));
    await user.type(screen.getByRole('textbox', { name: 'preset name' }), 'P{Enter}');
    expect(usePresetsStore.getState().presets.map((p) => p.body)).toEqual([{ model: 'm' }]);
  });

  it('refuses to rename a preset to a taken name, next to the field, keeping what was typed', async () => {
    usePresetsStore.getState().presetSaved('A', { model: 'a' });
    usePresetsStore.getState().presetSaved('B', { model: 'b' });
    render(<PresetsBar />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'preset' }), 'B');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'preset name' });
    await user.clear(field);
    await user.type(field, 'A{Enter}');

    expect(screen.getByRole('alert')).toHaveTextContent('A preset is already called “A”');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/already called “A”/);
    expect(field).toHaveValue('A');
    expect(optionNames()).toEqual(['A', 'B']);
    expect(usePresetsStore.getState().presets.map((p) => p.body)).toEqual([
      { model: 'a' },
      { model: 'b' },
    ]);

    // Editing the name clears the message; a free name goes through.
    await user.type(field, '2');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.keyboard('{Enter}');
    expect(optionNames()).toEqual(['A', 'A2']);
  });
});
