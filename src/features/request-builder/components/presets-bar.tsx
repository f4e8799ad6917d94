import { useId, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { draftWithPreset, usePresetsStore } from '../presets-store.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';

/**
 * `renaming` null: naming a new preset; otherwise the id of the preset being renamed. `error` is
 * why the typed name was refused: shown under the field, which keeps the name for fixing.
 */
type Mode =
  | { kind: 'idle' }
  | { kind: 'naming'; renaming: string | null; name: string; error: string | null };

/** Save, load, rename and delete named parameter sets. Loading keeps the current conversation. */
export function PresetsBar() {
  const presets = usePresetsStore((s) => s.presets);
  const [selected, setSelected] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const current = presets.find((p) => p.id === selected);
  const errorId = useId();

  const load = (id: string) => {
    setSelected(id);
    const preset = presets.find((p) => p.id === id);
    if (!preset) return;
    const draft = useRequestDraftStore.getState();
    draft.bodyReplaced(draftWithPreset(draft.body, preset));
    setNotice(`Loaded “${preset.name}”.`);
  };

  const confirmName = () => {
    if (mode.kind !== 'naming') return;
    const name = mode.name.trim();
    if (!name) return setMode({ ...mode, error: 'A preset needs a name.' });
    if (mode.renaming === null) {
      setSelected(
        usePresetsStore.getState().presetSaved(name, useRequestDraftStore.getState().body),
      );
      setNotice(`Saved “${name}”.`);
    } else {
      // Saving over a taken name is the way to replace a preset; renaming onto one is a slip.
      if (!usePresetsStore.getState().presetRenamed(mode.renaming, name)) {
        return setMode({
          ...mode,
          error: `A preset is already called “${name}”: choose another name, or delete that one first.`,
        });
      }
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
          onClick={() =>
            setMode({ kind: 'naming', renaming: null, name: current?.name ?? '', error: null })
          }
        >
          Save preset
        </Button>
        <Button
          disabled={!current}
          onClick={() =>
            current &&
            setMode({ kind: 'naming', renaming: current.id, name: current.name, error: null })
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
          className="flex flex-wrap gap-1.5"
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
            aria-invalid={mode.error ? true : undefined}
            aria-describedby={mode.error ? errorId : undefined}
            onChange={(e) => setMode({ ...mode, name: e.target.value, error: null })}
          />
          <Button variant="primary" onClick={confirmName}>
            {mode.renaming === null ? 'Save' : 'Rename'}
          </Button>
          <Button onClick={() => setMode({ kind: 'idle' })}>Cancel</Button>
          {mode.error && (
            <p id={errorId} role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
              {mode.error}
            </p>
          )}
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
