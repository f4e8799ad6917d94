import type { SampleOptions } from './schema-sample.ts';

/**
 * Values the local model takes from the user's text: capitalised names ("Paris", "San
 * Francisco, CA"), lists of them ("Paris and Tokyo"), and numbers. Deterministic, no NLP.
 */

const NAME = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;
const PHRASE = new RegExp(String.raw`${NAME}(?:\s+${NAME})*(?:,\s*\p{Lu}{2}\b)?`, 'gu');
const JOINER = /^\s*(?:,|,?\s*(?:and|&|or))\s*$/i;
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/;

export interface Found {
  text: string;
  start: number;
  end: number;
}

/** Capitalised names, leaving out the first word of each sentence (and the word "I"). */
export function names(text: string): Found[] {
  const out: Found[] = [];
  for (const match of text.matchAll(PHRASE)) {
    let value = match[0];
    let start = match.index;
    if (SENTENCE_START.test(text.slice(0, start))) {
      const firstWord = /^\S+\s*/u.exec(value)?.[0] ?? value;
      value = value.slice(firstWord.length);
      start += firstWord.length;
    }
    if (!value || value === 'I') continue;
    out.push({ text: value, start, end: start + value.length });
  }
  return out;
}

/**
 * The names a request lists for "several things": two or more names joined by commas and at
 * least one "and" / "&" / "or" ("weather in Paris and Tokyo" → Paris, Tokyo). Else [].
 */
export function listedNames(text: string): string[] {
  const found = names(text);
  let best: Found[] = [];
  let group: Found[] = [];
  let joined = false;
  const close = () => {
    if (joined && group.length > best.length) best = group;
  };
  for (const [i, name] of found.entries()) {
    const previous = found[i - 1];
    const between = previous ? text.slice(previous.end, name.start) : null;
    if (previous && between !== null && JOINER.test(between)) {
      group.push(name);
      joined ||= /and|&|or/i.test(between);
    } else {
      close();
      group = [name];
      joined = false;
    }
  }
  close();
  return best.length >= 2 ? best.map((n) => n.text) : [];
}

/** The name the text is about: the first after "in/at/near/from/to/for", else the first. */
export function mainName(text: string): string | null {
  const found = names(text);
  const placed = found.find((n) =>
    /\b(in|at|near|around|from|to|for)\s+$/i.test(text.slice(0, n.start)),
  );
  return (placed ?? found[0])?.text ?? null;
}

export function numbersIn(text: string): number[] {
  return [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

const PLACE = /^(location|city|place|town|country|region|destination|address|area|where)$/i;
const QUERY =
  /^(q|query|search|search_?query|question|prompt|input|text|message|topic|keywords?|term|request|echo|subject)$/i;

/** Whether a string property takes a place name (`location`, `city`, …). */
export function isPlaceProperty(name: string | null): boolean {
  return name !== null && (PLACE.test(name) || /location|city/i.test(name));
}

/** Whether a string property takes the user's words (`query`, `prompt`, `text`, …). */
export function isQueryProperty(name: string | null): boolean {
  return name !== null && QUERY.test(name);
}

export interface HintSource {
  /** The user's last message. */
  text: string;
  /** The one thing this call is about (a name from the text), if any. */
  subject: string | null;
  /** Put the subject in the first plain string property when no property name fits it. */
  subjectAnywhere?: boolean;
}

/** Hints for `sampleSchema`: place and query properties get values from the text. */
export function textHints(source: HintSource): SampleOptions & { subjectUsed: () => boolean } {
  const numbers = numbersIn(source.text);
  const words = source.text.replace(/\s+/g, ' ').trim().slice(0, 200);
  let used = false;
  return {
    stringHint(name) {
      const subject = source.subject;
      if (isPlaceProperty(name) && subject) return ((used = true), subject);
      if (isQueryProperty(name)) {
        if (subject && source.subjectAnywhere) return ((used = true), subject);
        return words || undefined;
      }
      if (subject && source.subjectAnywhere && !used) return ((used = true), subject);
      return undefined;
    },
    numberHint() {
      return numbers.shift();
    },
    subjectUsed: () => used,
  };
}
