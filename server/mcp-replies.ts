import type { Planned } from './hosted-replies.ts';
import { SIMULATION_NOTE } from './hosted-replies.ts';
import { mcpApprovalRequest, mcpCall, mcpListTools, type McpToolInfo } from './items/mcp-items.ts';
import { sampleSchema } from './schema-sample.ts';
import { mainName, textHints } from './text-values.ts';
import { wordsOf } from './tool-match.ts';
import type { ApprovalDecision } from './tool-results.ts';
import { finalMessage, type Turn } from './turn.ts';

/**
 * A remote MCP server, simulated: nothing is contacted. The first turn lists the server's tools
 * (unless the chained conversation already did), then either asks for approval
 * (`mcp_approval_request`; the response completes and waits) or calls the tool at once when
 * `require_approval` is "never". The next turn's `mcp_approval_response` runs or skips the call.
 */

const DEFAULT_TOOLS: Record<string, Record<string, unknown>> = {
  echo: { text: { type: 'string', description: 'Text to send back' } },
  search: { query: { type: 'string', description: 'What to look for' } },
  fetch: { url: { type: 'string', format: 'uri', description: 'The page to read' } },
};

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
}

export function serverLabel(config: Record<string, unknown>): string {
  return typeof config.server_label === 'string' ? config.server_label : 'mcp';
}

function inputSchema(properties: Record<string, unknown>) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** The tools the simulated server offers: those `allowed_tools` names, else echo/search/fetch. */
export function mcpTools(config: Record<string, unknown>): McpToolInfo[] {
  const allowed = config.allowed_tools;
  const names = strings(
    typeof allowed === 'object' && allowed !== null && 'tool_names' in allowed
      ? allowed.tool_names
      : allowed,
  );
  const label = serverLabel(config);
  const chosen = names.length ? names : Object.keys(DEFAULT_TOOLS);
  // Alphabetical keys, as in openai-mcp-call.sse.
  return chosen.map((name) => ({
    annotations: { read_only: true },
    description: `Local simulation of the ${name} tool of ${label}: nothing is called.`,
    input_schema: inputSchema(DEFAULT_TOOLS[name] ?? { query: { type: 'string' } }),
    name,
  }));
}

function needsApproval(config: Record<string, unknown>, name: string): boolean {
  const setting = config.require_approval;
  if (setting === 'never') return false;
  if (typeof setting === 'object' && setting !== null && 'never' in setting) {
    const never: unknown = setting.never;
    const names = typeof never === 'object' && never !== null && 'tool_names' in never;
    return !(names && strings(never.tool_names).includes(name));
  }
  return true;
}

export function mcpOutput(label: string, name: string, args: string): string {
  return `Local simulation: ${label}/${name} was not called; it would have received ${args}.`;
}

function afterCall(label: string, name: string, output: string): string {
  return `${SIMULATION_NOTE}: the MCP server \`${label}\` was not contacted. Its tool \`${name}\` "returned":\n\n> ${output}`;
}

export function planMcp(turn: Turn, config: Record<string, unknown>): Planned {
  const label = serverLabel(config);
  const tools = mcpTools(config);
  const said = new Set(wordsOf(turn.question));
  const tool = tools.find((t) => said.has(t.name.toLowerCase())) ?? tools[0];
  const listed = [...turn.history, ...turn.inputItems].some(
    (item) => item.type === 'mcp_list_tools' && item.server_label === label,
  );
  const items = listed ? [] : [mcpListTools(label, tools)];
  if (!tool) return { items, intent: `list the tools of the MCP server ${label}` };
  const hints = textHints({ text: turn.question, subject: mainName(turn.question) });
  const args = JSON.stringify(sampleSchema(tool.input_schema, hints));
  const call = { serverLabel: label, name: tool.name, arguments: args };
  if (needsApproval(config, tool.name)) {
    items.push(mcpApprovalRequest(call));
    return { items, intent: `ask your approval to call ${tool.name} on the MCP server ${label}` };
  }
  const output = mcpOutput(label, tool.name, args);
  items.push(
    mcpCall({ ...call, output, approvalRequestId: null }),
    finalMessage(turn, afterCall(label, tool.name, output)),
  );
  return { items, intent: `call ${tool.name} on the MCP server ${label} (a simulation)` };
}

/** The turn after an approval request: approved calls run, denied ones are reported. */
export function planApprovals(turn: Turn, decisions: readonly ApprovalDecision[]): Planned {
  const items = [];
  const lines: string[] = [];
  for (const d of decisions) {
    if (d.approve) {
      const output = mcpOutput(d.serverLabel, d.name, d.arguments);
      items.push(
        mcpCall({
          serverLabel: d.serverLabel,
          name: d.name,
          arguments: d.arguments,
          output,
          approvalRequestId: d.approvalRequestId,
        }),
      );
      lines.push(afterCall(d.serverLabel, d.name, output));
    } else {
      const reason = d.reason ? ` Reason given: “${d.reason}”.` : '';
      lines.push(
        `The MCP tool call \`${d.name}\` on \`${d.serverLabel}\` was denied (\`approve: false\`), so it was not run.${reason}`,
      );
    }
  }
  items.push(finalMessage(turn, lines.join('\n\n')));
  const approved = decisions.filter((d) => d.approve).length;
  return {
    items,
    intent: `act on ${decisions.length} approval decision(s): ${approved} approved`,
  };
}
