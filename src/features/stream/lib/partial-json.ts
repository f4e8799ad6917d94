/**
 * Best-effort completion of JSON that is still arriving: closes an open string, drops a dangling
 * comma or half-written literal, gives a dangling key `null`, and closes open brackets. Returns the
 * parsed value, or undefined when the prefix cannot be made into JSON this way.
 */
export function parsePartialJson(text: string): unknown {
  let candidate = text.trimEnd();
  // Each retry drops one trailing bare token (`tru`, `-`, `1.`), which cannot be completed safely.
  for (let attempt = 0; attempt < 3 && candidate !== ''; attempt++) {
    const closed = closeJson(candidate);
    if (closed !== null) {
      try {
        return JSON.parse(closed) as unknown;
      } catch {
        // fall through to the next, shorter candidate
      }
    }
    const shorter = candidate.replace(/[A-Za-z0-9+\-.]+$/, '').trimEnd();
    if (shorter === candidate) break;
    candidate = shorter;
  }
  return undefined;
}

/** Pretty-printed partial JSON, or the text as it is when it cannot be completed. */
export function prettyPartialJson(text: string): { text: string; pretty: boolean } {
  const value = parsePartialJson(text);
  return value === undefined
    ? { text, pretty: false }
    : { text: JSON.stringify(value, null, 2), pretty: true };
}

interface ScanState {
  closers: string[];
  /** Where the open string's unfinished escape starts (`\\` or `\\u12`), if the text ends in one. */
  cutEscapeAt: number | null;
  inString: boolean;
  /** The open string (or the last closed one, with no colon yet) is an object key. */
  keyPending: boolean;
}

function scan(text: string): ScanState | null {
  const state: ScanState = { closers: [], cutEscapeAt: null, inString: false, keyPending: false };
  /** Per open container: inside an object, the next string is a key. */
  const expectKey: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (state.inString) {
      if (state.cutEscapeAt !== null) {
        // 1: the escaped character; `\u` needs four more.
        const at = i - state.cutEscapeAt;
        if ((at === 1 && char !== 'u') || at === 5) state.cutEscapeAt = null;
      } else if (char === '\\') state.cutEscapeAt = i;
      else if (char === '"') state.inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    const depth = expectKey.length - 1;
    if (char === '"') {
      state.inString = true;
      state.keyPending = expectKey[depth] === true;
      if (depth >= 0) expectKey[depth] = false;
      continue;
    }
    state.keyPending = false;
    if (char === '{' || char === '[') {
      state.closers.push(char === '{' ? '}' : ']');
      expectKey.push(char === '{');
    } else if (char === '}' || char === ']') {
      if (state.closers.pop() !== char) return null;
      expectKey.pop();
    } else if (char === ',' && state.closers[depth] === '}') {
      expectKey[depth] = true;
    }
  }
  return state;
}

function closeJson(text: string): string | null {
  const state = scan(text);
  if (state === null) return null;
  let out = text;
  if (state.inString) {
    // A cut escape cannot be completed; drop it, then close the string.
    if (state.cutEscapeAt !== null) out = out.slice(0, state.cutEscapeAt);
    out += '"';
  }
  out = out.trimEnd();
  if (out.endsWith(',')) out = out.slice(0, -1);
  else if (out.endsWith(':')) out += 'null';
  else if (state.keyPending) out += ':null';
  return out + state.closers.reverse().join('');
}
