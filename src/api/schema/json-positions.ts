import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** Where something is in a JSON text: 1-based line and column, 0-based offset, length in chars. */
export type TextRange = { line: number; column: number; offset: number; length: number };

export type PathSegment = string | number;

/** RFC 6901: `/a~1b/0` → ['a/b', '0']. The empty pointer is the whole document. */
export function pointerToSegments(pointer: string): string[] {
  if (pointer === '') return [];
  const fragment = pointer.startsWith('#');
  const body = fragment ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body
    .replace(/^\//, '')
    .split('/')
    .map((s) => (fragment ? decodeURIComponentSafe(s) : s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function segmentsToPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

// A `#/…` fragment is percent-encoded (a plain pointer never is); a bad escape is kept as typed.
function decodeURIComponentSafe(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function offsetToLineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function rangeAt(text: string, offset: number, length: number): TextRange {
  return { ...offsetToLineColumn(text, offset), offset, length };
}

export type Located = TextRange & {
  /** False when the path runs past what the text has: the range is the deepest node found. */
  exact: boolean;
  /** The JSON type of the node found (a key is a `string`). */
  kind: Node['type'];
};

/**
 * The node at `path` (a JSON Pointer, an ajv `instancePath`, or segments). With `key`, the
 * property's name rather than its value: where a keyword that should go is. A path that does not
 * exist falls back to its deepest existing ancestor, so an error about a missing child still
 * points at the object that lacks it. Undefined only when the text has no JSON value at all.
 */
export function locate(
  text: string,
  path: string | readonly PathSegment[],
  options: { key?: boolean } = {},
): Located | undefined {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return undefined;
  const segments = typeof path === 'string' ? pointerToSegments(path) : path;
  let node: Node = root;
  let exact = true;
  for (const segment of segments) {
    // findNodeAtLocation matches array children only by a number, pointers carry strings.
    const step = node.type === 'array' ? Number(segment) : String(segment);
    if (typeof step === 'number' && !Number.isInteger(step)) {
      exact = false;
      break;
    }
    const next = findNodeAtLocation(node, [step]);
    if (!next) {
      exact = false;
      break;
    }
    node = next;
  }
  const target =
    options.key && exact && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
  const chosen = target ?? node;
  return { ...rangeAt(text, chosen.offset, chosen.length), exact, kind: chosen.type };
}
