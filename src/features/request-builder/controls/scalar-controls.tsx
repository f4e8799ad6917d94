import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer } from '../hooks/use-text-buffer.ts';
import { defaultHint } from './default-hint.ts';
import { parseNumber } from './parse-number.ts';
import type { ControlProps } from './param-field.tsx';

type A11y = { id: string; 'aria-describedby': string; 'aria-invalid'?: boolean };

/** Strings: an empty field means unset. */
export function TextControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const onChange = (next: string) => (next === '' ? reset() : set(next));
  if (spec.kind === 'textarea') {
    return (
      <textarea
        {...a11y}
        className={`${inputClass} min-h-16 resize-y`}
        value={text}
        placeholder={defaultHint(spec)}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <input
      {...a11y}
      className={`${inputClass} font-mono`}
      value={text}
      spellCheck={false}
      placeholder={defaultHint(spec)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Numbers, with a slider for the sampling ones; out-of-range values are lint's to flag. */
export function NumberControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const current = typeof value === 'number' ? value : undefined;
  const buffer = useTextBuffer<number>(
    current,
    String,
    parseNumber(Boolean(spec.integer)),
    Object.is,
    { key: spec.path },
  );
  const commit = (text: string) => {
    const parsed = buffer.edit(text);
    if (!parsed.ok) return;
    if (parsed.value === undefined) reset();
    else set(parsed.value);
  };
  const sliderValue =
    current ?? (typeof spec.default === 'number' ? spec.default : (spec.min ?? 0));
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        {spec.slider && spec.min !== undefined && spec.max !== undefined && (
          <input
            type="range"
            aria-label={`${spec.path} slider`}
            className={`min-w-0 flex-1 accent-teal-700 ${current === undefined ? 'opacity-50' : ''}`}
            min={spec.min}
            max={spec.max}
            step={spec.step ?? 0.01}
            value={sliderValue}
            onChange={(e) => set(Number(e.target.value))}
          />
        )}
        <div className={spec.slider ? 'w-28 shrink-0' : 'w-full'}>
          <input
            {...a11y}
            {...(buffer.error ? { 'aria-invalid': true } : {})}
            inputMode="decimal"
            className={`${inputClass} font-mono`}
            value={buffer.text}
            placeholder={defaultHint(spec)}
            onChange={(e) => commit(e.target.value)}
          />
        </div>
      </div>
      {buffer.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {buffer.error} The last valid value is kept.
        </p>
      )}
    </div>
  );
}

/** An enum: a select whose empty choice is "unset"; a value from raw JSON outside the list stays. */
export function EnumControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const options = spec.options ?? [];
  const current =
    typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const extra = current !== '' && !options.includes(current) ? [current] : [];
  return (
    <select
      {...a11y}
      className={`${inputClass} font-mono`}
      value={current}
      onChange={(e) => (e.target.value === '' ? reset() : set(e.target.value))}
    >
      <option value="">— not set ({defaultHint(spec)})</option>
      {[...options, ...extra].map((o) => (
        <option key={o} value={o}>
          {o}
          {extra.includes(o) ? ' (not in the spec)' : ''}
        </option>
      ))}
    </select>
  );
}

/** Booleans are three-way: not set (the API default applies), true, false. */
export function BooleanControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const current = value === true ? 'true' : value === false ? 'false' : '';
  return (
    <select
      {...a11y}
      className={`${inputClass} font-mono`}
      value={current}
      onChange={(e) => (e.target.value === '' ? reset() : set(e.target.value === 'true'))}
    >
      <option value="">— not set ({defaultHint(spec)})</option>
      <option value="true">true</option>
      <option value="false">false</option>
    </select>
  );
}
