import type { JsonObject } from '../request/body-path.ts';
import { parseJsonBody } from '../request/parse-json-body.ts';
import { describeJsonError } from '../request/parse-json-value.ts';
import { HARMLESS, IMPORTED, TAKES_VALUE } from './curl-options.ts';
import type { KeyRef } from './export-input.ts';
import { shellWords, type ShellWord } from './shell-words.ts';

/** A pasted request, ready to fill the form. */
export interface ImportedRequest {
  source: 'curl' | 'json';
  body: JsonObject;
  /** From the URL, without `/responses`; null when the paste had none. */
  baseUrl: string | null;
  /** The key the command sends. A literal one is only offered to the user, never applied silently. */
  key: KeyRef | null;
  warnings: string[];
}

export type ImportResult = ({ ok: true } & ImportedRequest) | { ok: false; error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

const ENV_REF = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$/;

export function keyFromToken(token: string): KeyRef | null {
  const t = token.trim();
  if (t === '') return null;
  const env = ENV_REF.exec(t);
  if (env) return { kind: 'env', name: (env[1] ?? env[2]) as string };
  return { kind: 'literal', value: t };
}

type BaseUrl = { baseUrl: string | null; warning?: string } | { error: string };

/** `https://host/v1/responses` → `https://host/v1`. */
export function baseUrlFromEndpoint(raw: string): BaseUrl {
  if (raw.includes('$')) {
    return {
      baseUrl: null,
      warning: `The URL uses a shell variable (${raw}): Base URL not changed.`,
    };
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: `Not a URL: ${raw}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `Only http(s) URLs can be imported, not ${url.protocol} (${raw}).` };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/responses')) {
    return { error: `The URL is not a …/responses endpoint (POST /v1/responses): ${raw}` };
  }
  const warnings: string[] = [];
  if (url.search) warnings.push(`The URL's query (${url.search}) is not kept.`);
  if (url.username || url.password) warnings.push('Credentials in the URL are not imported.');
  const baseUrl = `${url.protocol}//${url.host}${path.slice(0, -'/responses'.length)}`;
  return warnings.length > 0 ? { baseUrl, warning: warnings.join(' ') } : { baseUrl };
}

interface Collected {
  data: { option: string; word: ShellWord }[];
  url: string | null;
  positionals: string[];
  key: KeyRef | null;
  headersSkipped: string[];
  unsupported: string[];
  warnings: string[];
}

/** One option and its value → the collected state, or an error message. */
function take(option: string, value: ShellWord | undefined, c: Collected): string | null {
  const role = IMPORTED[option];
  const text = value?.text ?? '';
  if (role === 'header') {
    if (text.startsWith('@')) return `${option} ${text}: headers from a file cannot be imported.`;
    const colon = text.search(/[:;]/);
    const name = (colon === -1 ? text : text.slice(0, colon)).trim();
    const headerValue = colon === -1 ? '' : text.slice(colon + 1).trim();
    const lower = name.toLowerCase();
    if (lower === 'authorization') {
      const bearer = /^Bearer\s+(.+)$/i.exec(headerValue);
      if (bearer) c.key = keyFromToken(bearer[1] as string);
      else c.warnings.push('The Authorization header is not a Bearer token: not imported.');
    } else if (lower === 'content-type') {
      if (!/json/i.test(headerValue)) {
        c.warnings.push(`Content-Type ${headerValue} ignored: the body is sent as JSON.`);
      }
    } else if (lower !== 'accept' && name !== '') {
      c.headersSkipped.push(name);
    }
    return null;
  }
  if (role === 'data' || role === 'data-raw' || role === 'json') {
    if (role !== 'data-raw' && text.startsWith('@')) {
      return `${option} ${text} reads the body from a file: paste the JSON itself instead.`;
    }
    if (value) c.data.push({ option, word: value });
    return null;
  }
  if (role === 'method') {
    if (text.toUpperCase() !== 'POST') {
      return `${option} ${text}: only POST /responses (creating a response) can be imported.`;
    }
    return null;
  }
  if (role === 'url') {
    c.url = text;
    return null;
  }
  if (role === 'bearer') {
    c.key = keyFromToken(text);
    return null;
  }
  if (option === '-G' || option === '--get') return `${option}: a GET request cannot be imported.`;
  if (!HARMLESS.has(option) && !c.unsupported.includes(option)) c.unsupported.push(option);
  return null;
}

/** The options of a tokenized curl command, or an error. */
function collect(words: readonly ShellWord[]): Collected | string {
  const c: Collected = {
    data: [],
    url: null,
    positionals: [],
    key: null,
    headersSkipped: [],
    unsupported: [],
    warnings: [],
  };
  let optionsDone = false;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] as ShellWord;
    const w = word.text;
    if (optionsDone || !w.startsWith('-') || w === '-') {
      c.positionals.push(w);
      continue;
    }
    if (w === '--') {
      optionsDone = true;
      continue;
    }
    // `--opt`, or a cluster of short ones (`-sSN`, `-XPOST`, `-HAccept: x`).
    const options = w.startsWith('--') ? [w] : [...w.slice(1)].map((ch) => `-${ch}`);
    for (const [j, option] of options.entries()) {
      if (!TAKES_VALUE.has(option)) {
        const error = take(option, undefined, c);
        if (error) return error;
        continue;
      }
      const attached = w.startsWith('--') ? '' : w.slice(j + 2);
      let value: ShellWord | undefined;
      if (attached !== '') value = { text: attached, expansions: word.expansions };
      else {
        value = words[i + 1];
        i += 1;
      }
      if (value === undefined) return `${option} needs a value.`;
      const error = take(option, value, c);
      if (error) return error;
      break;
    }
  }
  return c;
}

/** A pasted `curl … /responses` command → the request it sends. Never throws. */
export function importCurl(text: string): ImportResult {
  const parsed = shellWords(text);
  if (!parsed.ok) return fail(parsed.error);
  const words = parsed.words[0]?.text === '$' ? parsed.words.slice(1) : parsed.words;
  const program = words[0]?.text ?? '';
  if (!/(^|[/\\])curl(\.exe)?$/i.test(program)) {
    return fail('Not a curl command: it should start with curl.');
  }
  const c = collect(words);
  if (typeof c === 'string') return fail(c);
  const warnings = [...c.warnings];
  if (parsed.rest !== '') {
    warnings.push(
      `Only the curl command was read; ignored what follows: ${parsed.rest.slice(0, 60)}`,
    );
  }
  if (c.unsupported.length > 0) warnings.push(`Options not imported: ${c.unsupported.join(', ')}.`);
  if (c.headersSkipped.length > 0) {
    warnings.push(`Headers not imported: ${c.headersSkipped.join(', ')}.`);
  }

  const urls = c.url === null ? c.positionals : [c.url, ...c.positionals];
  const urlText = urls[0];
  if (urls.length > 1) warnings.push(`Ignored extra arguments: ${urls.slice(1).join(' ')}`);
  let baseUrl: string | null = null;
  if (urlText !== undefined) {
    const base = baseUrlFromEndpoint(urlText);
    if ('error' in base) return fail(base.error);
    baseUrl = base.baseUrl;
    if (base.warning) warnings.push(base.warning);
  }

  if (c.data.length === 0)
    return fail("The command has no body: add -d '{…}' (or --data, --json).");
  if (c.data.length > 1) {
    return fail(
      `The command has ${c.data.length} bodies (${c.data.map((d) => d.option).join(', ')}): curl would join them with &; keep one JSON body.`,
    );
  }
  const data = c.data[0] as Collected['data'][number];
  const body = parseJsonBody(data.word.text);
  if (!body.ok) return fail(`The ${data.option} body: ${describeJsonError(body)}`);
  if (data.word.expansions.length > 0) {
    warnings.push(
      `The body uses ${[...new Set(data.word.expansions)].join(', ')}: the shell would replace it; it is kept as text.`,
    );
  }
  return { ok: true, source: 'curl', body: body.body, baseUrl, key: c.key, warnings };
}

/** A paste: a curl command, or a JSON body. Never throws. */
export function importRequest(text: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed === '') return fail('Paste a curl command or a JSON body.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const body = parseJsonBody(trimmed);
    if (!body.ok) return fail(describeJsonError(body));
    return { ok: true, source: 'json', body: body.body, baseUrl: null, key: null, warnings: [] };
  }
  return importCurl(trimmed);
}
