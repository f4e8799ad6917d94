/** Which model ids are known to reason (and so accept `reasoning.*`). */

const REASONING_PATTERNS: readonly RegExp[] = [
  /^o[134](?:$|-)/, // o1, o1-pro, o3-mini, o4-mini-deep-research, …
  /^gpt-5/, // gpt-5, gpt-5.1-codex, gpt-5-mini, …
  /codex/, // codex-mini-latest, gpt-5-codex
  /gpt-oss/,
  /deep-research/,
  /computer-use-preview/,
  /reason|think/, // e.g. a gateway's *-reasoner, *-thinking
  /(?:^|[-_.:])r1(?:$|[-_.:])/, // deepseek-r1, r1-distill-…
];

/**
 * True for the o-series, gpt-5*, codex, gpt-oss, deep-research, computer-use-preview and names
 * that say they reason (reason, think, r1). The playground's own `local-*` models do not reason.
 * Provider prefixes (`openai/o3`) and fine-tune ids (`ft:o4-mini:org::id`) are looked through.
 */
export function isKnownReasoningModel(model: string): boolean {
  const id = model.trim().toLowerCase();
  if (id.startsWith('local-')) return false;
  const name = (id.split('/').at(-1) ?? id).replace(/^ft:/, '');
  return REASONING_PATTERNS.some((pattern) => pattern.test(name));
}
