/** Deprecated parameters (PARAMS' `deprecated`, from the spec) and what replaces them. */
import { getPath } from './body-path.ts';
import { isSet, warning, type LintFinding } from './lint-finding.ts';
import { PARAMS } from './param-catalog.ts';
import type { RequestBody } from './request-draft.ts';

export interface Replacement {
  /** The parameters the spec's description names instead (empty when it names none). */
  use: readonly string[];
  advice: string;
}

/** From each description: lint-request.test.ts checks that the spec names these replacements. */
export const DEPRECATED_REPLACEMENTS: Readonly<Record<string, Replacement>> = {
  user: {
    use: ['safety_identifier', 'prompt_cache_key'],
    advice:
      'move the id to safety_identifier (abuse detection) and prompt_cache_key (cache hits), then clear user.',
  },
  prompt_cache_retention: {
    use: ['prompt_cache_options.ttl'],
    advice: 'use prompt_cache_options.ttl instead, then clear prompt_cache_retention.',
  },
  'reasoning.generate_summary': {
    use: ['reasoning.summary'],
    advice: 'use reasoning.summary instead, then clear reasoning.generate_summary.',
  },
  truncation: {
    // The spec marks `truncation` deprecated without naming a successor in its description.
    use: [],
    advice:
      'the spec names no replacement; clear it, or keep long conversations in the context window with context_management (a compaction entry).',
  },
};

export function lintDeprecated(body: RequestBody): LintFinding[] {
  return PARAMS.filter((p) => p.deprecated && isSet(getPath(body, p.path))).map((p) => {
    const replacement = DEPRECATED_REPLACEMENTS[p.path];
    return warning(
      p.path,
      `${p.path} is deprecated: ${replacement?.advice ?? 'see its description for what replaces it.'}`,
    );
  });
}
