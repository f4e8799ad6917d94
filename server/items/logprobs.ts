import type { ResponseOutputText } from 'openai/resources/responses/responses';
import { hash, random } from '../prng.ts';

/** `LogProb` of the spec: what an `output_text` part carries (bytes required, here and on top). */
export type PartLogprob = ResponseOutputText.Logprob;

/**
 * `ResponseLogProb` of the spec: what `response.output_text.delta` / `.done` carry. Its schema
 * has no `bytes` (neither on the token nor on its alternatives), unlike the part's `LogProb`.
 */
export interface EventLogprob {
  token: string;
  logprob: number;
  top_logprobs: { token: string; logprob: number }[];
}

/** `include: ["message.output_text.logprobs"]` is on; `top` alternatives per token (0–20). */
export interface LogprobSettings {
  top: number;
}

const ENCODER = new TextEncoder();

/** Tokens a model often weighs instead of the one it picked (filler when variants run out). */
const COMMON = [
  ' the',
  ' a',
  ',',
  '.',
  ' and',
  ' to',
  ' of',
  '\n',
  ' is',
  ' in',
  ' that',
  ' it',
  ' for',
  ' with',
  ':',
  ' I',
  ' you',
  ' this',
  ' on',
  ' as',
  ' be',
  '**',
];

/** Near misses of the chosen token first (case, spacing, a letter less), then common tokens. */
function candidates(token: string): string[] {
  const bare = token.trimStart();
  const variants = [
    bare === token ? ` ${token}` : bare,
    token.toLowerCase(),
    token.toUpperCase(),
    token.replace(/\S/u, (c) => c.toUpperCase()),
    token.length > 2 ? token.slice(0, -1) : '',
    /\p{L}$/u.test(token) ? `${token}s` : '',
  ];
  return [...new Set([...variants, ...COMMON])].filter((t) => t !== '' && t !== token);
}

/**
 * The logprob of the `index`-th token of a text with hash `textSeed` and `top` most likely tokens
 * (the chosen one first, then alternatives, each less likely; the probabilities sum to ≤ 1).
 * Seeded per token, so the chosen token's logprob does not depend on `top`.
 */
export function tokenLogprob(
  token: string,
  index: number,
  textSeed: number,
  top: number,
): PartLogprob {
  const rand = random(textSeed ^ Math.imul(index + 1, 0x9e3779b1));
  // Mostly confident, now and then torn: p ∈ (e^-3, 1).
  const chosen = -(1e-6 + rand() ** 4 * 3);
  const bytes = (t: string) => Array.from(ENCODER.encode(t));
  const topLogprobs: PartLogprob['top_logprobs'] = [];
  if (top > 0) topLogprobs.push({ token, logprob: chosen, bytes: bytes(token) });
  const pool = candidates(token);
  let previous = Math.exp(chosen);
  let remaining = 1 - previous;
  while (topLogprobs.length < top && pool.length) {
    const [alternative] = pool.splice(Math.floor(rand() * Math.min(pool.length, 6)), 1);
    if (alternative === undefined) break;
    const p = Math.min(remaining * (0.3 + 0.5 * rand()), previous * (0.5 + 0.45 * rand()));
    remaining -= p;
    previous = p;
    topLogprobs.push({ token: alternative, logprob: Math.log(p), bytes: bytes(alternative) });
  }
  return { token, logprob: chosen, bytes: bytes(token), top_logprobs: topLogprobs };
}

/** A stable seed for the logprobs of a text: the same text gets the same numbers. */
export function logprobSeed(text: string): number {
  return hash(text);
}

/** The event form (`ResponseLogProb`) of a part's logprob: without the `bytes`. */
export function eventLogprob({ token, logprob, top_logprobs }: PartLogprob): EventLogprob {
  return {
    token,
    logprob,
    top_logprobs: top_logprobs.map((alt) => ({ token: alt.token, logprob: alt.logprob })),
  };
}
