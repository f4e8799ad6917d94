/**
 * Splits text into token-sized pieces the way a model streams it: leading whitespace stays with
 * the following word, long words are cut every 6 characters. Joining the pieces gives the text.
 */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S{1,6}|\s+$/gu) ?? [];
}

/** A token estimate for input text: about 4 characters a token, at least 1 for non-empty text. */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}

/**
 * Splits JSON text the way a model streams arguments and structured output: runs of
 * punctuation (`{"`, `":"`, `"}`) apart from words of up to 6 characters. Joining gives the text.
 */
export function tokenizeJson(text: string): string[] {
  return text.match(/\s*[{}[\]:,"]+|\s*[^\s{}[\]:,"]{1,6}|\s+$/gu) ?? [];
}
