/**
 * An `mcp` tool's credentials: its `headers` values and `authorization`. They are secrets, so the
 * draft and presets keep them empty (`withoutRequestSecrets`); after a reload they must be typed
 * again, and an empty one would otherwise be sent as it is. Kept apart from `lint-tools.ts` so the
 * MCP editor can show the same words next to a header row without loading the whole lint.
 */
import { isJsonObject, type JsonObject } from './body-path.ts';
import { error, type LintFinding } from './lint-finding.ts';

/** A header's path, `tools[0].headers.Authorization`; an odd name goes in brackets. */
export function mcpHeaderPath(at: string, name: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name)
    ? `${at}.headers.${name}`
    : `${at}.headers[${JSON.stringify(name)}]`;
}

/** What is said about an empty credential, here and next to its row in the MCP editor. */
export function emptyMcpSecretMessage(path: string, what: 'header' | 'authorization'): string {
  const remove = what === 'header' ? 'remove the header' : 'remove authorization';
  return `${path} is empty: secrets are not saved with the draft, enter it again (or ${remove}).`;
}

/** Blank counts as empty: no server takes whitespace as a credential either. */
const isBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

/**
 * Errors, so they block Send: an empty credential is never what the user means to send, and the
 * server would answer with an authentication error (or, worse, run the tool unauthenticated).
 * Only an `authorization` that is there and blank is flagged (`withoutRequestSecrets` empties it
 * in the saved draft): a missing one is a server that needs none.
 */
export function lintMcpSecrets(tool: JsonObject, at: string): LintFinding[] {
  const findings: LintFinding[] = [];
  if (isJsonObject(tool.headers)) {
    for (const [name, value] of Object.entries(tool.headers)) {
      if (!isBlank(value)) continue;
      const path = mcpHeaderPath(at, name);
      findings.push(error(path, emptyMcpSecretMessage(path, 'header')));
    }
  }
  if (isBlank(tool.authorization)) {
    const path = `${at}.authorization`;
    findings.push(error(path, emptyMcpSecretMessage(path, 'authorization')));
  }
  return findings;
}
