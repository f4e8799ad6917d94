import type { LintFinding } from '@/api/request/lint-request.ts';

/**
 * Files each finding under the control that shows it: its own path, else the longest control
 * path it sits under (`tools[0].type` → `tools`, `metadata.k` → `metadata`).
 */
export function findingsByParam(
  findings: readonly LintFinding[],
  paths: readonly string[],
): Map<string, LintFinding[]> {
  const byLength = [...paths].sort((a, b) => b.length - a.length);
  const map = new Map<string, LintFinding[]>();
  for (const finding of findings) {
    const owner =
      byLength.find(
        (p) =>
          finding.param === p ||
          finding.param.startsWith(`${p}.`) ||
          finding.param.startsWith(`${p}[`),
      ) ?? finding.param;
    map.set(owner, [...(map.get(owner) ?? []), finding]);
  }
  return map;
}
