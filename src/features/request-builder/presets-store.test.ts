import { beforeEach, describe, expect, it } from 'vitest';
import { draftWithPreset, presetBody, usePresetsStore, type Preset } from './presets-store.ts';

beforeEach(() => {
  localStorage.clear();
  usePresetsStore.setState({ presets: [] });
});

describe('presetBody', () => {
  it('keeps the settings and leaves out the conversation', () => {
    const body = presetBody({
      model: 'm',
      temperature: 0.5,
      store: false,
      input: 'hi',
      previous_response_id: 'resp_old',
      conversation: 'conv_old',
    });
    expect(body).toEqual({ model: 'm', temperature: 0.5, store: false });
  });
});

describe('draftWithPreset', () => {
  // Saved before presets left out the conversation.
  const old: Preset = {
    id: 'p1',
    name: 'old',
    body: {
      model: 'm',
      temperature: 1,
      previous_response_id: 'resp_old',
      conversation: 'conv_old',
    },
    savedAt: 0,
  };

  it('does not apply an old preset’s previous_response_id or conversation', () => {
    expect(draftWithPreset({ model: 'x', input: 'hi' }, old)).toEqual({
      model: 'm',
      temperature: 1,
      input: 'hi',
    });
  });

  it('keeps the draft’s own conversation', () => {
    const draft = { model: 'x', input: 'hi', previous_response_id: 'resp_now', top_p: 0.2 };
    expect(draftWithPreset(draft, old)).toEqual({
      model: 'm',
      temperature: 1,
      input: 'hi',
      previous_response_id: 'resp_now',
    });
  });
});

describe('presetRenamed', () => {
  it('refuses a name another preset has, changing nothing', () => {
    const store = usePresetsStore.getState();
    store.presetSaved('A', { model: 'a' });
    const b = store.presetSaved('B', { model: 'b' });
    expect(usePresetsStore.getState().presetRenamed(b, 'A')).toBe(false);
    expect(usePresetsStore.getState().presets.map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('renames to a free name, or to the preset’s own name', () => {
    const id = usePresetsStore.getState().presetSaved('A', { model: 'a' });
    expect(usePresetsStore.getState().presetRenamed(id, 'A')).toBe(true);
    expect(usePresetsStore.getState().presetRenamed(id, 'C')).toBe(true);
    expect(usePresetsStore.getState().presets.map((p) => p.name)).toEqual(['C']);
  });
});
