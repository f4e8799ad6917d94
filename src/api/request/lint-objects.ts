/** The object-valued parameters: their parents, required members, conversation, input, context. */
import { getPath, isJsonObject } from './body-path.ts';
import { describeType, error, isSet, quote, warning, type LintFinding } from './lint-finding.ts';
import { acceptsNull } from './lint-nullable.ts';
import { PARAMS } from './param-catalog.ts';
import type { RequestBody } from './request-draft.ts';

/** `reasoning`, `text`, `text.format`, …: every proper prefix of a dotted PARAMS path. */
const PARENTS: readonly string[] = [
  ...new Set(
    PARAMS.flatMap((p) => {
      const parts = p.path.split('.');
      return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
    }),
  ),
];

/** A parent that is there must be an object (or null where the spec allows it). */
function lintParents(body: RequestBody): LintFinding[] {
  return PARENTS.flatMap((path) => {
    const value = getPath(body, path);
    if (value === undefined || isJsonObject(value)) return [];
    if (value === null && acceptsNull(path)) return [];
    return [
      error(
        path,
        `${path} must be a JSON object { … }, not ${describeType(value)}: set its fields, or remove it.`,
      ),
    ];
  });
}

/** The spec requires `prompt.id` in a prompt and `moderation.model` in a moderation config. */
const REQUIRED_MEMBERS: readonly { parent: string; member: string; what: string }[] = [
  { parent: 'prompt', member: 'id', what: 'the id of the prompt template (pmpt_…)' },
  {
    parent: 'moderation',
    member: 'model',
    what: 'a moderation model, e.g. omni-moderation-latest',
  },
];

function lintRequiredMembers(body: RequestBody): LintFinding[] {
  return REQUIRED_MEMBERS.flatMap(({ parent, member, what }) => {
    const object = getPath(body, parent);
    if (!isJsonObject(object) || object[member] !== undefined) return [];
    const path = `${parent}.${member}`;
    return [error(path, `${path} is required when ${parent} is set: enter ${what}.`)];
  });
}

function lintConversation(body: RequestBody): LintFinding[] {
  const value = body.conversation;
  if (!isSet(value)) return [];
  if (typeof value === 'string') {
    return value.trim() === ''
      ? [
          error(
            'conversation',
            'conversation is blank: enter a conversation id (conv_…) or clear it.',
          ),
        ]
      : [];
  }
  if (isJsonObject(value) && typeof value.id === 'string') return [];
  return [
    error(
      'conversation',
      `conversation must be a conversation id (conv_…) or an object { "id": "conv_…" }, not ${isJsonObject(value) ? 'an object without a string id' : describeType(value)}.`,
    ),
  ];
}

function lintInputType(body: RequestBody): LintFinding[] {
  const value = body.input;
  if (value === undefined || typeof value === 'string' || Array.isArray(value)) return [];
  return [
    error(
      'input',
      `input must be text or a list of input items, not ${describeType(value)}: type a message, or remove it.`,
    ),
  ];
}

const COMPACTION_MIN = 1000;

function lintContextEntry(entry: unknown, i: number): LintFinding[] {
  const at = `context_management[${i}]`;
  if (!isJsonObject(entry)) {
    return [
      error(
        'context_management',
        `${at} must be an object like { "type": "compaction" }, not ${describeType(entry)}.`,
      ),
    ];
  }
  const findings: LintFinding[] = [];
  if (typeof entry.type !== 'string') {
    findings.push(
      error('context_management', `${at} needs a string type: set "type": "compaction".`),
    );
  } else if (entry.type !== 'compaction') {
    findings.push(
      warning(
        'context_management',
        `${at} has type ${quote(entry.type)}: the spec knows only "compaction"; OpenAI will reject it unless your gateway accepts it.`,
      ),
    );
  }
  const threshold = entry.compact_threshold;
  if (
    isSet(threshold) &&
    !(typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= COMPACTION_MIN)
  ) {
    findings.push(
      error(
        'context_management',
        `${at}.compact_threshold must be a whole number of tokens, at least ${COMPACTION_MIN} (it is ${quote(threshold)}): raise it, or remove it for the default.`,
      ),
    );
  }
  return findings;
}

function lintContextManagement(body: RequestBody): LintFinding[] {
  const value = body.context_management;
  if (!isSet(value)) return [];
  if (!Array.isArray(value)) {
    return [
      error(
        'context_management',
        `context_management must be a list of entries like { "type": "compaction" }, not ${describeType(value)}.`,
      ),
    ];
  }
  if (value.length === 0) {
    return [
      error(
        'context_management',
        'context_management needs at least one entry: add a compaction entry, or remove it.',
      ),
    ];
  }
  return value.flatMap(lintContextEntry);
}

const MODERATION_MODES: readonly string[] = ['score', 'block'];

/** moderation.policy.input / .output: null, or { mode: score | block }. */
function lintModerationPolicy(body: RequestBody): LintFinding[] {
  const policy = getPath(body, 'moderation.policy');
  if (!isJsonObject(policy)) return [];
  return (['input', 'output'] as const).flatMap((side) => {
    const config = policy[side];
    if (!isSet(config)) return [];
    const mode = isJsonObject(config) ? config.mode : undefined;
    if (typeof mode !== 'string') {
      return [
        error(
          'moderation.policy',
          `moderation.policy.${side} must be an object with a mode: { "mode": "score" } or { "mode": "block" }.`,
        ),
      ];
    }
    if (MODERATION_MODES.includes(mode)) return [];
    return [
      warning(
        'moderation.policy',
        `moderation.policy.${side}.mode ${quote(mode)} is not a value the spec lists (score, block): OpenAI will reject it, keep it only if your gateway accepts it.`,
      ),
    ];
  });
}

export function lintObjects(body: RequestBody): LintFinding[] {
  return [
    ...lintInputType(body),
    ...lintParents(body),
    ...lintRequiredMembers(body),
    ...lintConversation(body),
    ...lintContextManagement(body),
    ...lintModerationPolicy(body),
  ];
}
