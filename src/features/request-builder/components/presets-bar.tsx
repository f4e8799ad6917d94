import { useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { usePresetsStore } from '../presets-store.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';

/** `renaming` null: naming a new preset; otherwise the id of the preset being renamed. */
type Mode = { kind: 'idle' } | { kind: 'naming'; renaming: string | null; name: string };

/** Save, load, rename and delete named parameter sets. Loading keeps the current `input`. */
export function PresetsBar() {
  const presets = usePresetsStore((s) => s.presets);
  const [selected, setSelected] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const current = presets.find((p) => p.id === selected);

  const load = (id: string) => {
    setSelected(id);
    const preset = presets.find((p) => p.id === id);
    if (!preset) return;
    const { input } = useRequestDraftStore.getState().body;
    useRequestDraftStore
      .getState()
      .bodyReplaced({ ...preset.body, ...(input === undefined ? {} : { input }) });
    setNotice(`Loaded “${preset.name}”.`);
  };

  const confirmName = () => {
    if (mode.kind !== 'naming') return;
    const name = mode.name.trim();
    if (!name) return setNotice('A preset needs a name.');
    if (mode.renaming === null) {
      setSelected(
        usePresetsStore.getState().presetSaved(name, useRequestDraftStore.getState().body),
      );
      setNotice(`Saved “${name}”.`);
    } else {
      usePresetsStore.getState().presetRenamed(mode.renaming, name);
      setNotice(`Renamed to “${name}”.`);
    }
    setMode({ kind: 'idle' });
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-1.5">
        <select
          aria-label="preset"
          className={`${inputClass} w-auto min-w-32 flex-1`}
          value={selected}
          onChange={(e) => load(e.target.value)}
        >
          <option value="">{presets.length ? 'Load a preset…' : 'No presets yet'}</option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <Button
          onClick={() => setMode({ kind: 'naming', renaming: null, name: current?.name ?? '' })}
        >
          Save preset
        </Button>
        <Button
          disabled={!current}
          onClick={() =>
            current && setMode({ kind: 'naming', renaming: current.id, name: current.name })
          }
        >
          Rename
        </Button>
        <Button
          disabled={!current}
          onClick={() => {
            if (!current) return;
            usePresetsStore.getState().presetDeleted(current.id);
            setSelected('');
            setNotice(`Deleted “${current.name}”.`);
          }}
        >
          Delete
        </Button>
      </div>
      {mode.kind === 'naming' && (
        // Not a <form>: this sits inside the request form, and forms cannot nest.
        <div
          className="flex gap-1.5"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              confirmName();
            }
          }}
        >
          <input
            aria-label="preset name"
            autoFocus
            className={`${inputClass} flex-1`}
            value={mode.name}
            placeholder="Preset name"
            onChange={(e) => setMode({ ...mode, name: e.target.value })}
          />
          <Button variant="primary" onClick={confirmName}>
            {mode.renaming === null ? 'Save' : 'Rename'}
          </Button>
          <Button onClick={() => setMode({ kind: 'idle' })}>Cancel</Button>
        </div>
      )}
      {notice && (
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          {notice}
        </p>
      )}
    </div>
  );
}
