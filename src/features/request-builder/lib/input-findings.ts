import type { InputFinding } from '@/api/request/input-items.ts';

/** Lint findings for one control, in the shape `Field` shows (errors win over warnings). */
export function fieldMessages(
  findings: readonly InputFinding[],
  param: string,
): { error: string | null; warning: string | null } {
  const join = (severity: InputFinding['severity']) =>
    findings
      .filter((f) => f.param === param && f.severity === severity)
      .map((f) => f.message)
      .join(' ') || null;
  return { error: join('error'), warning: join('warning') };
}

const isAtOrBelow = (param: string, path: string) =>
  param === path || param.startsWith(`${path}.`) || param.startsWith(`${path}[`);

/** Findings about `path` or below it (`input[0]` → `input[0].content[1].text`). */
export function findingsBelow(findings: readonly InputFinding[], path: string): InputFinding[] {
  return findings.filter((f) => isAtOrBelow(f.param, path));
}

/**
 * Findings about `path` that none of its controls (`path.<key>`, and what is below those)
 * shows, so nothing the lint says goes unseen.
 */
export function findingsLeft(
  findings: readonly InputFinding[],
  path: string,
  shownKeys: readonly string[],
): InputFinding[] {
  return findingsBelow(findings, path).filter(
    (f) => !shownKeys.some((key) => isAtOrBelow(f.param, `${path}.${key}`)),
  );
}

export function findingsAt(findings: readonly InputFinding[], param: string): InputFinding[] {
  return findings.filter((f) => f.param === param);
}
