import type { RequestBody } from './request-draft.ts';

export interface LintFinding {
  /** The parameter's API name (dotted when nested), so the UI can show it next to its control. */
  param: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Pure: what is wrong with a body before it is sent. Errors block Send; warnings do not. */
export function lintRequest(body: RequestBody): LintFinding[] {
  const findings: LintFinding[] = [];
  if (typeof body.model !== 'string' || body.model.trim() === '') {
    findings.push({
      param: 'model',
      severity: 'error',
      message: 'model is required: pick one from the list or type its id.',
    });
  }
  const hasInput =
    (typeof body.input === 'string' && body.input.trim() !== '') ||
    (Array.isArray(body.input) && body.input.length > 0);
  if (!hasInput && body.previous_response_id === undefined && body.prompt === undefined) {
    findings.push({
      param: 'input',
      severity: 'warning',
      message: 'input is empty: the model gets nothing to answer.',
    });
  }
  return findings;
}

export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
