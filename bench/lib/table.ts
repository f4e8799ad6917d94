/** One line of the results table. `pass` is null for figures that have no budget. */
export interface Row {
  group: string;
  figure: string;
  budget: string;
  measured: string;
  pass: boolean | null;
  /** The raw number behind `measured`, for the JSON results. */
  value?: number;
  unit?: string;
}

export interface ModuleReport {
  rows: Row[];
  /** Lines printed under the table: what was measured and how. */
  notes?: string[];
  /** Anything else worth keeping in bench/results/latest.json. */
  details?: unknown;
}

export function row(
  group: string,
  figure: string,
  measured: { value: number; unit: string; digits?: number },
  budget?: { text: string; ok: (value: number) => boolean },
): Row {
  const digits = measured.digits ?? 1;
  const shown = Number.isFinite(measured.value)
    ? `${measured.value.toFixed(digits)} ${measured.unit}`.trim()
    : 'n/a';
  return {
    group,
    figure,
    budget: budget?.text ?? '—',
    measured: shown,
    pass: budget ? Number.isFinite(measured.value) && budget.ok(measured.value) : null,
    value: measured.value,
    unit: measured.unit,
  };
}

const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'pass' : 'FAIL');

/** A plain-text table (also valid Markdown): figure | budget | measured | pass/fail. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['figure', 'budget', 'measured', 'pass/fail'];
  const cells = rows.map((r) => [`${r.group}: ${r.figure}`, r.budget, r.measured, verdict(r.pass)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}
