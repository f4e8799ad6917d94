import { useMemo, useState } from 'react';
import { getPath, hasPath } from '@/api/request/body-path.ts';
import type { LintFinding } from '@/api/request/lint-request.ts';
import {
  GROUPS,
  KNOWN_TOP_LEVEL,
  PARAMS,
  type GroupId,
  type ParamSpec,
} from '@/api/request/param-catalog.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { ParamControl } from '../controls/param-control.tsx';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';

const NO_FINDINGS: readonly LintFinding[] = [];

function visible(spec: ParamSpec, body: RequestBody): boolean {
  return !spec.visibleWhen || getPath(body, spec.visibleWhen.path) === spec.visibleWhen.equals;
}

function matches(spec: ParamSpec, filter: string): boolean {
  return filter === '' || spec.path.toLowerCase().includes(filter.toLowerCase());
}

/** The optional parameters in collapsible groups, a filter by name, a counter and Reset all. */
export function ParamGroups({
  findingsByParam,
}: {
  findingsByParam: ReadonlyMap<string, LintFinding[]>;
}) {
  const body = useRequestDraftStore((s) => s.body);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<Partial<Record<GroupId, boolean>>>({});
  const setCount = useMemo(() => PARAMS.filter((p) => hasPath(body, p.path)).length, [body]);
  const unknown = useMemo(() => Object.keys(body).filter((k) => !KNOWN_TOP_LEVEL.has(k)), [body]);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <input
          aria-label="filter parameters"
          type="search"
          className={`${inputClass} flex-1`}
          placeholder="Filter parameters by name…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400" data-testid="set-count">
          {setCount + unknown.length} set
        </span>
        <Button
          onClick={() => {
            useRequestDraftStore.getState().allReset();
            usePendingTextStore.getState().paramsReset(null);
          }}
          title="Unset every optional parameter (model and input stay)"
        >
          Reset all
        </Button>
      </div>
      {unknown.length > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Kept from raw JSON and sent as they are:{' '}
          {unknown.map((k) => (
            <code key={k} className="mr-1 font-mono">
              {k}
            </code>
          ))}
        </p>
      )}
      {GROUPS.filter((g) => g.id !== 'main').map((group) => {
        const params = PARAMS.filter(
          (p) => p.group === group.id && visible(p, body) && matches(p, filter),
        );
        if (params.length === 0) return null;
        const setInGroup = params.filter((p) => hasPath(body, p.path)).length;
        const isOpen = filter !== '' || (open[group.id] ?? setInGroup > 0);
        return (
          <section
            key={group.id}
            className="rounded-md border border-zinc-200 dark:border-zinc-800"
          >
            <h3>
              <button
                type="button"
                aria-expanded={isOpen}
                className="flex w-full items-center justify-between px-2.5 py-1.5 text-left text-sm font-medium hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                onClick={() => setOpen((o) => ({ ...o, [group.id]: !isOpen }))}
              >
                <span>
                  {isOpen ? '▾' : '▸'} {group.label}
                </span>
                <span className="text-xs font-normal text-zinc-500">
                  {setInGroup > 0 ? `${setInGroup} set · ` : ''}
                  {params.length}
                </span>
              </button>
            </h3>
            {isOpen && (
              <div className="flex flex-col gap-3 border-t border-zinc-200 p-2.5 dark:border-zinc-800">
                {params.map((spec) => (
                  <ParamControl
                    key={spec.path}
                    spec={spec}
                    findings={findingsByParam.get(spec.path) ?? NO_FINDINGS}
                  />
                ))}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
