/**
 * A string that matches a simple regular expression (a JSON Schema `pattern`): literals, escapes
 * (\d \w \s …), classes with ranges, groups, alternation (first branch) and quantifiers.
 * Lookarounds and backreferences are not supported: the result is then null.
 */

type Node =
  | { kind: 'text'; chars: string }
  | { kind: 'class'; char: string | null }
  | { kind: 'group'; branches: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const ESCAPES: Record<string, string> = { d: '1', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };
const CANDIDATES = ['a', 'b', 'x', 'A', 'Z', '1', '0', '-', '_', ' ', '.', '@', '~'];

class Unsupported extends Error {}

function parseClass(pattern: string, start: number): { node: Node; end: number } {
  let i = start + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  let source = '';
  for (; i < pattern.length && (pattern[i] !== ']' || i === start + 1); i++) {
    source += pattern[i] === '\\' ? `${pattern[i]}${pattern[++i] ?? ''}` : pattern[i];
  }
  if (pattern[i] !== ']') throw new Unsupported('unclosed class');
  const test = new RegExp(`^[${negated ? '^' : ''}${source}]$`, 'u');
  const firstRange = /^([^\\])-([^\\\]])/.exec(source);
  const preferred = !negated && firstRange?.[1] ? [firstRange[1]] : [];
  const pool = [...preferred, ...CANDIDATES, ...(negated ? [] : [...source.replace(/\\/g, '')])];
  const hit = pool.find((c) => test.test(c)) ?? null;
  return { node: { kind: 'class', char: hit }, end: i + 1 };
}

function parseQuantifier(pattern: string, i: number): { min: number; max: number; end: number } {
  const c = pattern[i];
  if (c === '*') return { min: 0, max: Infinity, end: i + 1 };
  if (c === '+') return { min: 1, max: Infinity, end: i + 1 };
  if (c === '?') return { min: 0, max: 1, end: i + 1 };
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (c === '{' && braces) {
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
    return { min, max, end: i + braces[0].length };
  }
  return { min: 1, max: 1, end: i };
}

function parseSequence(pattern: string, start: number): { branches: Node[][]; end: number } {
  const branches: Node[][] = [[]];
  let i = start;
  while (i < pattern.length && pattern[i] !== ')') {
    const c = pattern[i] ?? '';
    let atom: Node | null = null;
    if (c === '|') {
      branches.push([]);
      i++;
      continue;
    } else if (c === '^' || c === '$') {
      i++;
      continue;
    } else if (c === '(') {
      let inner = i + 1;
      if (pattern[inner] === '?') {
        if (pattern[inner + 1] !== ':') throw new Unsupported('lookaround or named group');
        inner += 2;
      }
      const group = parseSequence(pattern, inner);
      if (pattern[group.end] !== ')') throw new Unsupported('unclosed group');
      atom = { kind: 'group', branches: group.branches };
      i = group.end + 1;
    } else if (c === '[') {
      const parsed = parseClass(pattern, i);
      atom = parsed.node;
      i = parsed.end;
    } else if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      if (/[1-9bBk]/.test(e)) throw new Unsupported('backreference or boundary');
      atom = { kind: 'text', chars: ESCAPES[e] ?? e };
      i += 2;
    } else if (c === '.') {
      atom = { kind: 'text', chars: 'a' };
      i++;
    } else {
      atom = { kind: 'text', chars: c };
      i++;
    }
    const before = i;
    const q = parseQuantifier(pattern, i);
    i = q.end;
    if (q.end > before && pattern[i] === '?') i++; // lazy: same strings
    const current = branches[branches.length - 1] ?? [];
    current.push(q.min === 1 && q.max === 1 ? atom : { kind: 'repeat', node: atom, ...q });
  }
  return { branches, end: i };
}

function generate(nodes: readonly Node[], repeat: number): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.chars;
        break;
      case 'class':
        if (node.char === null) throw new Unsupported('empty class');
        out += node.char;
        break;
      case 'group':
        out += generate(node.branches[0] ?? [], repeat);
        break;
      case 'repeat': {
        const times = Math.min(node.max, Math.max(node.min, repeat));
        for (let k = 0; k < times; k++) out += generate([node.node], repeat);
      }
    }
  }
  return out;
}

/** A string matching `pattern` (tested with the `u` flag, as Ajv does) and `accept`, or null. */
export function samplePattern(
  pattern: string,
  accept: (candidate: string) => boolean = () => true,
): string | null {
  let regex: RegExp;
  let branches: Node[][];
  try {
    regex = new RegExp(pattern, 'u');
    branches = parseSequence(pattern, 0).branches;
  } catch {
    return null;
  }
  for (const branch of branches) {
    for (const repeat of [1, 0, 2, 3, 5, 8, 13, 21, 34, 64, 128]) {
      try {
        const candidate = generate(branch, repeat);
        if (regex.test(candidate) && accept(candidate)) return candidate;
      } catch {
        break;
      }
    }
  }
  return null;
}
