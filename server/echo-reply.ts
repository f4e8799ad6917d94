import type { InputSummary } from './input.ts';
import type { RequestBody } from './response-object.ts';

/** Parameters that are the request itself, not settings: counted apart from "set" ones. */
const NOT_COUNTED = new Set(['model', 'input', 'stream']);
/** How the answer is delivered, not what it says: left out so streamed and non-streamed agree. */
const DELIVERY = new Set(['stream', 'stream_options']);
const QUOTE_LIMIT = 600;
const STRING_LIMIT = 120;

/** Long strings (data URLs, files) shortened so the echoed body stays readable. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length <= STRING_LIMIT) return value;
    return `${value.slice(0, STRING_LIMIT)}… (${value.length} characters)`;
  }
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  }
  return value;
}

function tableCell(value: unknown): string {
  const json = JSON.stringify(shorten(value)) ?? 'undefined';
  const flat = json.length > 80 ? `${json.slice(0, 80)}…` : json;
  const escaped = flat.replace(/\|/g, '\\|');
  return escaped.includes('`') ? escaped : `\`${escaped}\``;
}

function quote(text: string): string {
  const clipped = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return clipped
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface EchoContext {
  model: string;
  body: RequestBody;
  input: InputSummary;
  /** User texts of earlier turns, reached through `previous_response_id`. */
  earlierUserTexts: string[];
}

/** "brief", "short", "concise", "one line/sentence" in the instructions: keep it short. */
export function wantsBrief(instructions: string): boolean {
  return /\b(brief|short|concise|one (line|sentence))\b/i.test(instructions);
}

/** "uppercase", "all caps", "shout" in the instructions: upper-case the prose. */
export function wantsUppercase(instructions: string): boolean {
  return /\b(upper ?case|all caps|shout)\b/i.test(instructions);
}

/** How `instructions` are obeyed: a few directives the echo model understands. */
export function applyInstructions(markdown: string, instructions: string): string {
  const brief = wantsBrief(instructions);
  const upper = wantsUppercase(instructions);
  let text = brief ? markdown.split('\n\n').slice(0, 2).join('\n\n') : markdown;
  if (upper) {
    // Only prose: code blocks stay as they are, so the echoed JSON stays valid.
    let inFence = false;
    text = text
      .split('\n')
      .map((line) => {
        if (line.startsWith('```')) inFence = !inFence;
        return inFence || line.startsWith('```') ? line : line.toUpperCase();
      })
      .join('\n');
  }
  return text;
}

/** The `local-echo` reply: restates the input and lists what the request set. */
export function echoReply(ctx: EchoContext): string {
  const { body, input } = ctx;
  const lastText = input.userTexts.at(-1) ?? '';
  const sections: string[] = [`## Echo from ${ctx.model}`];
  sections.push(lastText.trim() ? quote(lastText) : '_The input held no user text._');
  const instructions = typeof body.instructions === 'string' ? body.instructions.trim() : '';
  if (instructions) sections.push(`Following your instructions: “${instructions.slice(0, 200)}”.`);

  const facts = [
    `- **Input:** ${plural(input.messages, 'message')}, ${plural(lastText.length, 'character')} in the last one` +
      (input.images ? `, ${plural(input.images, 'image')}` : '') +
      (input.files ? `, ${plural(input.files, 'file')}` : '') +
      (input.otherItems ? `, ${plural(input.otherItems, 'other item')}` : ''),
  ];
  if (ctx.earlierUserTexts.length > 0) {
    facts.push(
      `- **Earlier turns:** ${ctx.earlierUserTexts.length} (chained by \`previous_response_id\`)`,
    );
    ctx.earlierUserTexts.forEach((text, i) => {
      const line = text.replace(/\s+/g, ' ').trim();
      facts.push(`  ${i + 1}. ${line.length > 80 ? `${line.slice(0, 80)}…` : line || '(no text)'}`);
    });
  }
  const echoed = Object.fromEntries(Object.entries(body).filter(([key]) => !DELIVERY.has(key)));
  const received = Object.entries(echoed).filter(([key]) => key !== 'input');
  const set = received.filter(([key]) => !NOT_COUNTED.has(key));
  facts.push(
    `- **Parameters set:** ${set.length}` +
      (set.length
        ? ` (${set.map(([key]) => `\`${key}\``).join(', ')})`
        : ', so the defaults apply'),
  );
  sections.push(`### What I received\n\n${facts.join('\n')}`);
  const rows = received.map(([key, value]) => `| \`${key}\` | ${tableCell(value)} |`);
  sections.push(['| parameter | value |', '| --- | --- |', ...rows].join('\n'));
  sections.push(
    `### Request body\n\n\`\`\`json\n${JSON.stringify(shorten(echoed), null, 2)}\n\`\`\``,
  );
  return applyInstructions(sections.join('\n\n'), instructions);
}
