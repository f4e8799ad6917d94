import type { Planned } from './hosted-replies.ts';
import { planHostedTool } from './hosted-replies.ts';
import { functionCalls, type PlannedCall } from './items/function-call-items.ts';
import type { OutputItemPlan } from './items/item-context.ts';
import { message } from './items/message-item.ts';
import { fakeEncryptedContent, reasoning } from './items/reasoning-item.ts';
import { planApprovals, planMcp } from './mcp-replies.ts';
import { sampleSchema } from './schema-sample.ts';
import { mainName, listedNames, textHints } from './text-values.ts';
import { decideTools, type FunctionTool } from './tool-match.ts';
import { approvalDecisions, functionResults, type FunctionResult } from './tool-results.ts';
import { finalMessage, includes, jsonAnswer, jsonFormat, type Turn } from './turn.ts';

/** The trigger word for a refusal (case-sensitive, a whole word). */
export const REFUSAL_TRIGGER = /\bREFUSE\b/;

export const REFUSAL_TEXT =
  'I’m sorry, but I can’t help with that. (Local simulation: the input contained the trigger word REFUSE.)';

const SUMMARY_SETTINGS = ['auto', 'concise', 'detailed'] as const;
type SummarySetting = (typeof SUMMARY_SETTINGS)[number];

/**
 * What the local model answers, as a list of output items. Order of the rules: tool outputs and
 * approval decisions are checked (400 when they answer nothing); REFUSE refuses; tool outputs
 * and approvals get their answer; then a tool the request chooses or asks for; else the plain
 * answer (JSON when `text.format` asks for it). A reasoning summary, when asked, comes first.
 */
export function planOutput(turn: Turn): OutputItemPlan[] {
  const main = planMain(turn);
  const setting = summarySetting(turn.body.reasoning);
  if (!setting) return main.items;
  const parts = summaryParts(turn, main.intent, setting);
  const encryptedContent = includes(turn.body, 'reasoning.encrypted_content')
    ? fakeEncryptedContent(parts)
    : null;
  return [reasoning({ parts, encryptedContent }), ...main.items];
}

function planMain(turn: Turn): Planned {
  const results = functionResults(turn.inputItems, turn.history);
  const decisions = approvalDecisions(turn.inputItems, turn.history);
  if (REFUSAL_TRIGGER.test(turn.lastUserText)) {
    return {
      items: [message({ text: REFUSAL_TEXT, refusal: true })],
      intent: 'refuse, because the input contains the trigger word REFUSE',
    };
  }
  if (decisions.length) return planApprovals(turn, decisions);
  if (results.length) {
    return {
      items: [finalMessage(turn, resultsText(turn, results))],
      intent: `answer with the ${results.length} function output(s) I was given`,
    };
  }
  const decision = decideTools(turn.body, turn.lastUserText);
  if (decision.use === 'functions') return planFunctionCalls(turn, decision.functions);
  if (decision.use === 'hosted') {
    const { tool } = decision;
    return tool.kind === 'mcp'
      ? planMcp(turn, tool.config)
      : planHostedTool(turn, { ...tool, kind: tool.kind });
  }
  const json = jsonAnswer(turn);
  const answer =
    json === null ? message({ text: turn.prose }) : message({ text: json, json: true });
  return { items: [answer], intent: plainIntent(turn) };
}

function plainIntent(turn: Turn): string {
  const format = jsonFormat(turn.body);
  if (format?.type === 'json_schema') return `answer with JSON for the schema “${format.name}”`;
  if (format) return 'answer with a JSON object';
  return turn.model === 'local-long'
    ? 'write a long markdown essay'
    : 'restate the input as a markdown echo';
}

/**
 * A JSON object of arguments for `fn`, with values from the text where properties take them.
 * `spread`: one of several calls, each about its own name, so that name must show somewhere.
 */
export function argumentsFor(
  fn: FunctionTool,
  text: string,
  subject: string | null,
  spread = false,
): string {
  let hints = textHints({ text, subject });
  let value = sampleSchema(fn.parameters, hints);
  if (spread && subject && !hints.subjectUsed()) {
    hints = textHints({ text, subject, subjectAnywhere: true });
    value = sampleSchema(fn.parameters, hints);
  }
  return JSON.stringify(value);
}

function planFunctionCalls(turn: Turn, functions: readonly FunctionTool[]): Planned {
  const text = turn.lastUserText;
  const parallel = turn.body.parallel_tool_calls !== false;
  const listed = listedNames(text);
  const [only] = functions;
  let calls: PlannedCall[] =
    functions.length === 1 && only && listed.length >= 2
      ? listed.map((subject) => ({
          name: only.name,
          arguments: argumentsFor(only, text, subject, true),
        }))
      : functions.map((fn) => ({
          name: fn.name,
          arguments: argumentsFor(fn, text, mainName(text)),
        }));
  if (!parallel) calls = calls.slice(0, 1);
  return {
    items: functionCalls(calls),
    intent: `call ${calls.map((c) => `${c.name}(${c.arguments})`).join(' and ')}`,
  };
}

function oneLine(text: string, limit = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > limit ? `${line.slice(0, limit)}…` : line;
}

function resultsText(turn: Turn, results: readonly FunctionResult[]): string {
  const lines = results.map((r) => `- ${r.name} (${r.callId}): ${oneLine(r.output) || '(empty)'}`);
  const question = oneLine(turn.question, 120);
  const about = question ? ` to “${question}”` : '';
  const count = results.length === 1 ? 'this function output' : `these ${results.length} outputs`;
  return `## Results\n\n${lines.join('\n')}\n\nLocal simulation: with ${count} in hand, a real model would now write its answer${about}.`;
}

function summarySetting(reasoningParam: unknown): SummarySetting | null {
  if (typeof reasoningParam !== 'object' || reasoningParam === null) return null;
  const r = reasoningParam as { summary?: unknown; generate_summary?: unknown };
  const value = r.summary ?? r.generate_summary;
  return SUMMARY_SETTINGS.find((s) => s === value) ?? null;
}

/** The summary parts: 1 when concise, 2 when auto, 3 when detailed. Deterministic. */
function summaryParts(turn: Turn, intent: string, setting: SummarySetting): string[] {
  const words = turn.question.trim().split(/\s+/).filter(Boolean).length;
  const set = Object.keys(turn.body).filter((k) => !['model', 'input', 'stream'].includes(k));
  const tools = Array.isArray(turn.body.tools) ? turn.body.tools.length : 0;
  const parts = [
    `**Planning the answer (local simulation)**\n\nThis summary is a local simulation, not real reasoning. I will ${intent}.`,
    `**Reading the request**\n\nThe last user message has ${words} word${words === 1 ? '' : 's'}. The request sets ${set.length} parameter${set.length === 1 ? '' : 's'}${set.length ? ` (${set.join(', ')})` : ''}.`,
    `**Checking the details**\n\nThe request offers ${tools} tool${tools === 1 ? '' : 's'}. The answer is deterministic: the same request gets the same text.`,
  ];
  return parts.slice(0, setting === 'concise' ? 1 : setting === 'auto' ? 2 : 3);
}
