/** The key-value maps: `metadata` (strings only) and `prompt.variables` (strings or content). */
import { getPath, isJsonObject } from './body-path.ts';
import {
  codePoints,
  describeType,
  error,
  lookup,
  quote,
  type LintFinding,
} from './lint-finding.ts';
import { findParam } from './param-catalog.ts';
import type { RequestBody } from './request-draft.ts';

interface Limits {
  max: number;
  keyMax: number;
  valueMax: number;
}

/** A prompt variable may also be an input content part; the spec requires these fields in each. */
const CONTENT_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  input_text: ['text'],
  input_image: ['detail'],
  input_file: [],
};

function lintContentValue(path: string, key: string, value: unknown): LintFinding[] {
  const type = isJsonObject(value) ? value.type : undefined;
  const required = typeof type === 'string' ? lookup(CONTENT_REQUIRED, type) : undefined;
  if (!isJsonObject(value) || required === undefined) {
    return [
      error(
        path,
        `${path} ${quote(key)} must be a string (or an input_text, input_image or input_file part), not ${describeType(value)}.`,
      ),
    ];
  }
  const missing = required.filter((field) => typeof value[field] !== 'string');
  return missing.map((field) =>
    error(path, `${path} ${quote(key)} is an ${String(type)} part without its ${field}: add it.`),
  );
}

function lintMap(
  body: RequestBody,
  path: string,
  limits: Limits,
  allowContent: boolean,
): LintFinding[] {
  const map = getPath(body, path);
  if (map === undefined || map === null) return [];
  if (!isJsonObject(map)) {
    return [
      error(
        path,
        `${path} must be a set of key-value pairs { "key": "value" }, not ${describeType(map)}.`,
      ),
    ];
  }
  const findings: LintFinding[] = [];
  const entries = Object.entries(map);
  if (entries.length > limits.max) {
    findings.push(
      error(
        path,
        `${path} has ${entries.length} pairs; at most ${limits.max} are allowed: remove ${entries.length - limits.max}.`,
      ),
    );
  }
  for (const [key, value] of entries) {
    if (codePoints(key) > limits.keyMax) {
      findings.push(
        error(
          path,
          `${path} key ${quote(key)} is ${codePoints(key)} characters long: shorten it to ${limits.keyMax} or fewer.`,
        ),
      );
    }
    if (typeof value === 'string') {
      if (codePoints(value) > limits.valueMax) {
        findings.push(
          error(
            path,
            `${path} value of ${quote(key)} is ${codePoints(value)} characters long: shorten it to ${limits.valueMax} or fewer.`,
          ),
        );
      }
    } else if (allowContent) {
      findings.push(...lintContentValue(path, key, value));
    } else {
      findings.push(
        error(
          path,
          `${path} value of ${quote(key)} must be a string, not ${describeType(value)}: put it in quotes.`,
        ),
      );
    }
  }
  return findings;
}

const FALLBACK: Limits = { max: 16, keyMax: 64, valueMax: 512 };

export function lintMaps(body: RequestBody): LintFinding[] {
  return [
    ...lintMap(body, 'metadata', findParam('metadata')?.pairs ?? FALLBACK, false),
    ...lintMap(body, 'prompt.variables', findParam('prompt.variables')?.pairs ?? FALLBACK, true),
  ];
}
