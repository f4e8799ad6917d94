import type { ParamSpec } from '@/api/request/param-catalog.ts';

/** The placeholder: the API default, so "unset" and "default" are never confused. */
export function defaultHint(spec: ParamSpec): string {
  return spec.default === undefined ? 'not set' : `default: ${JSON.stringify(spec.default)}`;
}
