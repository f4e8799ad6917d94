import { locate } from '@/api/schema/json-positions.ts';
import type { JsonObject } from '@/api/schema/schema-path.ts';
import { fixAll, type StrictFinding } from '@/api/schema/strict-check.ts';
import { Badge } from '../badge.tsx';
import { Button } from '../button.tsx';

type Props = {
  label: string;
  schema: JsonObject | undefined;
  findings: readonly StrictFinding[];
  /** The schema text, when it is valid: findings say their line and column in it. */
  text: string | null;
  strict: boolean;
  onFix: (next: JsonObject) => void;
};

/** What strict mode would refuse, each with its one-click fix, and a Fix all. */
export function StrictPanel({ label, schema, findings, text, strict, onFix }: Props) {
  const fixable = findings.filter((f) => f.fix);
  return (
    <section
      aria-label={`${label} strict mode`}
      className="flex flex-col gap-1 rounded-md border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold">Strict mode check</h3>
        {schema && fixable.length > 0 && (
          <Button className="px-2 py-0.5 text-xs" onClick={() => onFix(fixAll(schema))}>
            Fix all
          </Button>
        )}
      </div>
      {!strict && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          strict is off, so the API takes this schema as a hint. With strict on, it refuses the
          errors below and guarantees output that matches the schema.
        </p>
      )}
      {schema === undefined ? (
        <p className="text-xs text-zinc-500">No schema yet.</p>
      ) : findings.length === 0 ? (
        <p className="text-xs text-emerald-700 dark:text-emerald-400">
          Strict-mode ready: nothing to fix.
        </p>
      ) : (
        <ul className="flex flex-col gap-1" aria-label={`${label} strict-mode findings`}>
          {findings.map((f) => {
            const at = text === null ? undefined : locate(text, f.path, { key: f.atKey });
            return (
              <li key={f.id} className="flex flex-col gap-1 text-xs">
                <div className="flex items-start gap-1.5">
                  <Badge tone={f.severity === 'error' && strict ? 'danger' : 'warning'}>
                    {f.severity}
                  </Badge>
                  {at && (
                    <span className="font-mono text-zinc-500">
                      {at.line}:{at.column}
                    </span>
                  )}
                  <span className="min-w-0 flex-1 break-words">{f.message}</span>
                </div>
                {f.fix && (
                  <div className="flex flex-wrap gap-1 pl-12">
                    {[f.fix, ...f.moreFixes].map((fix, i) => (
                      <Button
                        key={fix.label}
                        variant={i === 0 ? 'secondary' : 'ghost'}
                        className="px-2 py-0.5 text-xs"
                        title={fix.label}
                        onClick={() => onFix(fix.apply(schema))}
                      >
                        {i === 0 ? 'Fix' : fix.label}
                      </Button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
