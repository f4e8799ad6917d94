/** The request lint: what is wrong with a body before it is sent. Pure, no React or DOM. */
import { error, type LintFinding } from './lint-finding.ts';
import { lintCombinations } from './lint-combinations.ts';
import { lintDeprecated } from './lint-deprecated.ts';
import { lintMaps } from './lint-maps.ts';
import { lintObjects } from './lint-objects.ts';
import { lintTextFormat } from './lint-text-format.ts';
import { lintTools } from './lint-tools.ts';
import { lintValues } from './lint-values.ts';
import type { RequestBody } from './request-draft.ts';

export type { LintFinding } from './lint-finding.ts';

function lintModel(body: RequestBody): LintFinding[] {
  const { model } = body;
  if (typeof model === 'string' && model.trim() !== '') return [];
  if (model === undefined || typeof model === 'string') {
    return [error('model', 'model is required: pick one from the list or type its id.')];
  }
  return [error('model', 'model must be a model id such as gpt-4o: pick one from the list.')];
}

/**
 * Errors block Send; warnings do not. Each finding names the parameter's API path (`param`), so
 * the form shows it next to that control. Input items are linted by `lintInput`, not here.
 */
export function lintRequest(body: RequestBody): LintFinding[] {
  return [
    ...lintModel(body),
    ...lintObjects(body),
    ...lintValues(body),
    ...lintTextFormat(body),
    ...lintMaps(body),
    ...lintTools(body),
    ...lintCombinations(body),
    ...lintDeprecated(body),
  ];
}

export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
