import { useMemo } from 'react';
import { lintInput } from '@/api/request/input-items.ts';
import type * as LintRules from '@/api/request/lint-request.ts';
import type { LintFinding } from '@/api/request/lint-request.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { deferredModule, useDeferredModule, type DeferredModule } from '@/lib/deferred.ts';

type LintModule = typeof LintRules;

// The lint (every rule of the spec) is not needed to draw the form: it loads right after the
// first paint. A Send in the moment before it is in waits for it (lintsClean).
const linter: DeferredModule<LintModule> = deferredModule(
  () => import('@/api/request/lint-request.ts'),
);

const lintAll = (lint: LintModule, request: RequestBody): LintFinding[] => [
  ...lint.lintRequest(request),
  ...lintInput(request.input),
];

/** The findings for the body; `ready` is false while the lint is still loading. */
export function useRequestLint(request: RequestBody): { findings: LintFinding[]; ready: boolean } {
  const { module, failed } = useDeferredModule(linter);
  const findings = useMemo(
    () => (module ? lintAll(module, request) : lintInput(request.input)),
    [module, request],
  );
  // A lint that cannot be loaded does not block Send: the server validates the body too.
  return { findings, ready: module !== null || failed };
}

/** Whether the body has no lint errors, once the lint is in. */
export async function lintsClean(request: RequestBody): Promise<boolean> {
  let lint: LintModule;
  try {
    lint = await linter.load();
  } catch {
    return true;
  }
  return !lint.hasErrors(lintAll(lint, request));
}
