import {
  HttpError,
  invalidJson,
  invalidType,
  invalidValue,
  missingParameter,
  outOfRange,
} from './errors.ts';
import { LOCAL_MODELS, findModel } from './models.ts';
import type { RequestBody } from './response-object.ts';
import { createResponseProblem } from './spec-problem.ts';
import { validateTextFormat, validateToolFields } from './validate-tools.ts';

/** Every tool `type` of the spec's `Tool` union. */
export const TOOL_TYPES = [
  'function',
  'file_search',
  'computer',
  'computer_use_preview',
  'web_search',
  'web_search_2025_08_26',
  'mcp',
  'code_interpreter',
  'programmatic_tool_calling',
  'image_generation',
  'local_shell',
  'shell',
  'custom',
  'namespace',
  'tool_search',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'apply_patch',
] as const;

export function parseBody(text: string): RequestBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidJson();
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalidJson();
  return json as RequestBody;
}

function checkNumber(body: RequestBody, param: string, min: number, max: number, integer = false) {
  const value = body[param];
  if (value === undefined || value === null) return;
  const kind = integer ? 'integer' : 'decimal';
  if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
    throw invalidType(param, `${integer ? 'an integer' : 'a number'}`, value);
  }
  if (value < min) throw outOfRange(param, kind, 'min', min, value);
  if (value > max) throw outOfRange(param, kind, 'max', max, value);
}

/**
 * The checks the real API makes before it starts, with its error shapes: the tailored ones
 * first, then every known field against the spec's `CreateResponse` (first problem only).
 * Unknown top-level keys are accepted on purpose, unlike the real API's "Unknown parameter":
 * the app's raw JSON lets users send gateway extras, and the local server must receive them.
 */
export function validateRequest(body: RequestBody): void {
  if (body.model === undefined || body.model === null || body.model === '') {
    throw missingParameter('model');
  }
  if (typeof body.model !== 'string') throw invalidType('model', 'a string', body.model);
  if (!findModel(body.model)) {
    const known = LOCAL_MODELS.map((m) => m.id).join(', ');
    throw new HttpError(
      400,
      `The requested model '${body.model}' does not exist on the local server. Local models: ${known}.`,
      { param: 'model', code: 'model_not_found' },
    );
  }
  if (body.input !== undefined && typeof body.input !== 'string' && !Array.isArray(body.input)) {
    throw invalidType('input', 'a string or an array', body.input);
  }
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') {
    throw invalidType('stream', 'a boolean', body.stream);
  }
  checkNumber(body, 'temperature', 0, 2);
  checkNumber(body, 'top_p', 0, 1);
  checkNumber(body, 'top_logprobs', 0, 20, true);
  checkNumber(body, 'max_output_tokens', 16, Number.MAX_SAFE_INTEGER, true);
  if (
    body.conversation !== undefined &&
    body.conversation !== null &&
    body.previous_response_id !== undefined &&
    body.previous_response_id !== null
  ) {
    throw new HttpError(
      400,
      "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
      { param: null, code: 'mutually_exclusive_parameters' },
    );
  }
  if (body.tools !== undefined && body.tools !== null) {
    if (!Array.isArray(body.tools)) throw invalidType('tools', 'an array', body.tools);
    body.tools.forEach((tool: unknown, i) => {
      const type = (tool as { type?: unknown } | null)?.type;
      if (typeof type !== 'string') throw missingParameter(`tools[${i}].type`);
      if (!(TOOL_TYPES as readonly string[]).includes(type)) {
        throw invalidValue(`tools[${i}].type`, type, TOOL_TYPES);
      }
    });
  }
  validateToolFields(body);
  validateTextFormat(body);
  const problem = createResponseProblem(body);
  if (problem) throw problem;
}
