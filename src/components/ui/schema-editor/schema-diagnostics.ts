import { locate } from '@/api/schema/json-positions.ts';
import type { SchemaProblem } from '@/api/schema/meta-validate.ts';
import type { StrictFinding } from '@/api/schema/strict-check.ts';

/** A mark in the code editor: the shape of @codemirror/lint's Diagnostic, without importing it. */
export type EditorDiagnostic = {
  from: number;
  to: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
};

export function problemDiagnostics(problems: readonly SchemaProblem[]): EditorDiagnostic[] {
  return problems.map((p) => ({
    from: p.offset,
    to: p.offset + Math.max(p.length, 0),
    severity: 'error',
    message: p.message,
  }));
}

/** Strict findings as warnings (errors only when strict is on: then the API refuses them). */
export function findingDiagnostics(
  text: string,
  findings: readonly StrictFinding[],
  strict: boolean,
): EditorDiagnostic[] {
  return findings.flatMap((f) => {
    const at = locate(text, f.path, { key: f.atKey });
    if (!at) return [];
    const container = at.kind === 'object' || at.kind === 'array';
    return [
      {
        from: at.offset,
        to: at.offset + (container ? 1 : at.length),
        severity: strict && f.severity === 'error' ? 'error' : 'warning',
        message: `Strict mode: ${f.message}`,
      },
    ];
  });
}
