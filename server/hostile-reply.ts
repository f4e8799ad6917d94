import type { ResponseCodeInterpreterToolCall } from 'openai/resources/responses/responses';
import { codeInterpreterCall, webSearchCall } from './items/hosted-tools.ts';
import type { OutputItemPlan } from './items/item-context.ts';
import { mcpCall, mcpListTools } from './items/mcp-items.ts';
import { message, type PlannedAnnotation } from './items/message-item.ts';
import { reasoning } from './items/reasoning-item.ts';

/**
 * `local-hostile`: what a model that read hostile content (prompt injection) might write, in every
 * place model or tool text is shown: a reasoning summary, web search sources, an MCP tool list and
 * call, code interpreter logs and images, and the answer with its citations. Each payload sets
 * `window.__pwned` to its own number if it ever runs, and each remote image is a tracking pixel on
 * this server (`/debug/beacon`) whose `leak` parameter carries the user's message, as a real
 * exfiltration would. The events are those of the other models: only the text is hostile.
 */
export const HOSTILE_MODEL = 'local-hostile';

export interface HostileContext {
  /** The last user message: what the tracking images try to exfiltrate. */
  userText: string;
  /** Where the beacon is, e.g. `http://127.0.0.1:4173/local/debug/beacon` (the request's origin). */
  beaconUrl: string;
}

const SVG_WITH_SCRIPT = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=20"><script>window.__pwned=21</script></svg>',
)}`;

/** A markdown-safe URL: parentheses and spaces encoded, so the link destination stays whole. */
function beacon(ctx: HostileContext, from: string): string {
  const leak = encodeURIComponent(ctx.userText.slice(0, 200)).replace(
    /[()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${ctx.beaconUrl}?leak=${leak}&from=${from}`;
}

export function hostileAnswer(ctx: HostileContext): string {
  return `## Hostile output (fault model local-hostile)

Everything below is an attack a model could be tricked into writing. In the playground none of it may run, load or navigate by itself.

Raw HTML: <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> <iframe src="javascript:window.__pwned=4"></iframe> <a href="javascript:window.__pwned=5">a raw anchor</a>

<script>window.__pwned=6</script>

<img src=x onerror="window.__pwned=7">

Links:

- [click](javascript:window.__pwned=3)
- [mixed case](JaVaScRiPt:window.__pwned=8)
- [encoded colon](javascript&colon;window.__pwned=9)
- [data](data:text/html,<script>window.__pwned=10</script>)
- [vb](vbscript:msgbox)
- autolink <javascript:window.__pwned=11>
- [a safe link](https://example.com/local-simulation/safe-link)

Images:

- an SVG with script: ![svg](${SVG_WITH_SCRIPT})
- a tracking pixel: ![tracker](${beacon(ctx, 'message')})

Sources are cited below.`;
}

function hostileCitations(text: string): PlannedAnnotation[] {
  const start = text.indexOf('Sources are cited');
  const where = { start_index: start, end_index: start + 'Sources'.length };
  const citations = [
    { url: 'javascript:window.__pwned=12', title: '<img src=x onerror="window.__pwned=13">' },
    { url: 'data:text/html,<script>window.__pwned=14</script>', title: 'data: citation' },
    { url: 'https://example.com/local-simulation/cited', title: 'A safe citation' },
  ];
  return citations.map(({ url, title }) => ({
    annotation: { type: 'url_citation', url, title, ...where },
    at: text.length,
  }));
}

export function hostileOutput(ctx: HostileContext): OutputItemPlan[] {
  const summary = `**Planning (local-hostile)** <script>window.__pwned=30</script> [click](javascript:window.__pwned=31) ![tracker](${beacon(ctx, 'reasoning')})`;
  const toolText = `<script>window.__pwned=40</script> <img src=x onerror="window.__pwned=41"> ![tracker](${beacon(ctx, 'mcp')})`;
  const outputs: ResponseCodeInterpreterToolCall['outputs'] = [
    { type: 'logs', logs: '<script>window.__pwned=50</script>' },
    { type: 'image', url: SVG_WITH_SCRIPT },
    { type: 'image', url: 'javascript:window.__pwned=51' },
  ];
  const answer = hostileAnswer(ctx);
  return [
    reasoning({ parts: [summary], encryptedContent: null }),
    webSearchCall({
      query: '<script>window.__pwned=60</script>',
      sources: ['javascript:window.__pwned=61', 'https://example.com/local-simulation/source'],
    }),
    mcpListTools('hostile', [
      {
        name: 'fetch',
        description: '<img src=x onerror="window.__pwned=42">',
        input_schema: { type: 'object', properties: { url: { type: 'string' } } },
        annotations: null,
      },
    ]),
    mcpCall({
      serverLabel: 'hostile',
      name: 'fetch',
      arguments: JSON.stringify({ url: 'javascript:window.__pwned=43' }),
      output: toolText,
      approvalRequestId: null,
    }),
    codeInterpreterCall({
      code: 'print("<script>window.__pwned=52</script>")',
      containerId: 'cntr_local_hostile',
      outputs,
    }),
    message({ text: answer, annotations: hostileCitations(answer) }),
  ];
}
