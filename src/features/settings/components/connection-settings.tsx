import { useState } from 'react';
import { Field, inputClass } from '@/components/ui/field.tsx';
import {
  PRESETS,
  baseUrlOf,
  baseUrlProblem,
  useConnectionStore,
  type PresetId,
} from '@/stores/connection-store.ts';

/** Where requests go: provider preset, `Base URL`, `API key`, proxy switch, local pace. */
export function ConnectionSettings() {
  const preset = useConnectionStore((s) => s.preset);
  const baseUrl = useConnectionStore(baseUrlOf);
  const apiKey = useConnectionStore((s) => s.apiKeys[s.preset] ?? '');
  const rememberKey = useConnectionStore((s) => s.rememberKey);
  const viaProxy = useConnectionStore((s) => s.viaProxy);
  const localPace = useConnectionStore((s) => s.localPace);
  const actions = useConnectionStore.getState();
  const [showKey, setShowKey] = useState(false);
  const isLocal = preset === 'local';
  const urlProblem = baseUrlProblem(baseUrl);

  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_minmax(14rem,1fr)_minmax(12rem,1fr)] sm:items-start">
      <Field label="Provider">
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={preset}
            onChange={(e) => actions.presetChosen(e.target.value as PresetId)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Base URL"
        error={urlProblem}
        help={
          isLocal
            ? 'The built-in local Responses server (same origin).'
            : 'SDK convention: includes /v1.'
        }
      >
        {(p) => (
          <input
            {...p}
            className={`${inputClass} font-mono`}
            value={baseUrl}
            placeholder="https://api.example.com/v1"
            spellCheck={false}
            onChange={(e) => actions.baseUrlTyped(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="API key"
        help={
          isLocal
            ? 'Not needed: the app sends a placeholder to the local server.'
            : rememberKey
              ? 'Remembered on this device, unencrypted in localStorage.'
              : 'Kept in memory only; gone on reload.'
        }
        trailing={
          <button
            type="button"
            className="text-xs text-teal-700 hover:underline dark:text-teal-400"
            onClick={() => setShowKey((s) => !s)}
          >
            {showKey ? 'Hide' : 'Show'}
          </button>
        }
      >
        {(p) => (
          <input
            {...p}
            className={`${inputClass} font-mono`}
            type={showKey ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={apiKey}
            placeholder={isLocal ? 'not needed' : 'sk-…'}
            onChange={(e) => actions.apiKeyEntered(e.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs sm:col-span-3">
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={rememberKey}
            onChange={(e) => actions.rememberKeyToggled(e.target.checked)}
          />
          remember on this device
        </label>
        {rememberKey && (
          <span className="text-amber-700 dark:text-amber-400">
            The key is stored unencrypted in this browser; anyone with access to it can read it.
          </span>
        )}
        <label
          className={`flex items-center gap-1.5 ${isLocal ? 'opacity-50' : ''}`}
          title="For providers that refuse browser (CORS) requests"
        >
          <input
            type="checkbox"
            disabled={isLocal}
            checked={viaProxy && !isLocal}
            onChange={(e) => actions.proxyToggled(e.target.checked)}
          />
          via local proxy
        </label>
        {isLocal && (
          <label className="flex items-center gap-1.5">
            local pace
            <select
              aria-label="local pace"
              className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-900"
              value={localPace}
              onChange={(e) =>
                actions.localPaceChosen(e.target.value === 'instant' ? 'instant' : 'realistic')
              }
            >
              <option value="realistic">realistic (80 tokens/s)</option>
              <option value="instant">instant</option>
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
