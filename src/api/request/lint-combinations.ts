/** Rules about parameters together: conflicts, prerequisites and combinations to avoid. */
import { isJsonObject } from './body-path.ts';
import { error, isSet, quote, warning, type LintFinding } from './lint-finding.ts';
import { findParam } from './param-catalog.ts';
import { isKnownReasoningModel } from './reasoning-models.ts';
import type { RequestBody } from './request-draft.ts';

/**
 * The controls set under a nested root (`reasoning.effort`, …), where a finding about them is
 * shown; the root itself for keys without a control (raw JSON) or when nothing is set.
 */
function setLeaves(body: RequestBody, root: string): string[] {
  const value = body[root];
  if (!isJsonObject(value)) return [root];
  const leaves = Object.entries(value)
    .filter(([, v]) => isSet(v))
    .map(([key]) => (findParam(`${root}.${key}`) ? `${root}.${key}` : root));
  return leaves.length > 0 ? [...new Set(leaves)] : [root];
}

function lintEmptyInput(body: RequestBody): LintFinding[] {
  const { input } = body;
  const hasInput =
    (typeof input === 'string' && input.trim() !== '') ||
    (Array.isArray(input) && input.length > 0);
  const context = [body.previous_response_id, body.conversation, body.prompt].some(isSet);
  if (hasInput || context) return [];
  return [
    warning(
      'input',
      'input is empty: the model gets nothing to answer. Type a message, or continue from a previous_response_id, conversation or prompt.',
    ),
  ];
}

function lintConversationState(body: RequestBody): LintFinding[] {
  if (!isSet(body.conversation) || !isSet(body.previous_response_id)) return [];
  const message =
    'conversation and previous_response_id cannot be used together: keep one, clear the other.';
  return [error('conversation', message), error('previous_response_id', message)];
}

const LOGPROBS_INCLUDE = 'message.output_text.logprobs';

function lintLogprobs(body: RequestBody): LintFinding[] {
  if (!isSet(body.top_logprobs)) return [];
  if (Array.isArray(body.include) && body.include.includes(LOGPROBS_INCLUDE)) return [];
  return [
    warning(
      'top_logprobs',
      `top_logprobs has no effect unless include lists ${LOGPROBS_INCLUDE}: add it to include.`,
    ),
  ];
}

function lintStreamOptions(body: RequestBody): LintFinding[] {
  if (!isJsonObject(body.stream_options) || body.stream === true) return [];
  return setLeaves(body, 'stream_options').map((param) =>
    error(param, `${param} only applies to a streamed response: turn stream on, or clear it.`),
  );
}

function lintBackground(body: RequestBody): LintFinding[] {
  if (body.background !== true || body.store !== false) return [];
  const message =
    'background responses must be stored so they can be polled: turn store on, or background off.';
  return [error('background', message), error('store', message)];
}

function changed(body: RequestBody, path: 'temperature' | 'top_p'): boolean {
  return isSet(body[path]) && body[path] !== findParam(path)?.default;
}

function lintSampling(body: RequestBody): LintFinding[] {
  if (!changed(body, 'temperature') || !changed(body, 'top_p')) return [];
  return [
    warning(
      'temperature',
      'temperature and top_p are both changed: change one, not both (reset top_p to 1 or clear it).',
    ),
    warning(
      'top_p',
      'top_p and temperature are both changed: change one, not both (reset temperature to 1 or clear it).',
    ),
  ];
}

function lintReasoningModel(body: RequestBody): LintFinding[] {
  const { model, reasoning } = body;
  if (typeof model !== 'string' || model.trim() === '' || isKnownReasoningModel(model)) return [];
  if (!isJsonObject(reasoning)) return [];
  if (!Object.values(reasoning).some(isSet)) return [];
  return setLeaves(body, 'reasoning').map((param) =>
    warning(
      param,
      `${param} is for reasoning models, and ${quote(model)} is not one we know: clear it, or pick a reasoning model (o3, o4-mini, gpt-5…). OpenAI rejects reasoning options on other models.`,
    ),
  );
}

export function lintCombinations(body: RequestBody): LintFinding[] {
  return [
    ...lintEmptyInput(body),
    ...lintConversationState(body),
    ...lintLogprobs(body),
    ...lintStreamOptions(body),
    ...lintBackground(body),
    ...lintSampling(body),
    ...lintReasoningModel(body),
  ];
}
