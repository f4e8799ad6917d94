import type { JsonOutputFormat } from './json-output-format.ts';
import { checkStructuredOutput } from './structured-output.ts';

/**
 * ajv compiles each schema to a function with `new Function`, which the page's Content Security
 * Policy forbids (no eval). A worker is not under the page's policy and has no DOM: the schema
 * and the output text go in, the verdict comes out.
 */
export interface CheckRequest {
  id: number;
  format: JsonOutputFormat;
  text: string;
}

// The worker's global scope, typed by what is used (the DOM lib types `self` as a window).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const { id, format, text } = event.data;
  scope.postMessage({ id, check: checkStructuredOutput(format, text) });
};
