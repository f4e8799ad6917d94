import type { Context } from 'hono';
import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { BackgroundRun, type BackgroundRuns } from './background.ts';
import { echoReply } from './echo-reply.ts';
import { HttpError } from './errors.ts';
import { HOSTILE_MODEL, hostileOutput } from './hostile-reply.ts';
import { newId } from './ids.ts';
import { normalizeInput, summarizeInput } from './input.ts';
import { message } from './items/message-item.ts';
import { longReply, requestedLength } from './long-reply.ts';
import { INSTANT, parsePace, type Pace } from './pace.ts';
import { planOutput } from './plan-output.ts';
import { createResponseObject, type RequestBody } from './response-object.ts';
import type { ResponseStore } from './response-store.ts';
import { SSE_HEADERS, sseBody } from './sse-stream.ts';
import { streamSteps, type Plan } from './stream-steps.ts';
import { countTokens, tokenize } from './tokenize.ts';
import { includes } from './turn.ts';

export interface ResponderDeps {
  store: ResponseStore;
  background: BackgroundRuns;
  defaultPace: Pace;
  /** Where the server is mounted, for URLs it writes into its answers. */
  basePath: string | undefined;
}

function replyText(model: string, lastUserText: string, echo: () => string): string {
  if (model === 'local-long') return longReply(lastUserText, requestedLength(lastUserText));
  return echo();
}

async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Answers a valid POST /v1/responses: plans the turn (its output items, usage, faults) and
 * serves it streamed, as JSON, or in the background.
 */
export function createResponder(deps: ResponderDeps) {
  const { store, background, defaultPace } = deps;
  /** An absolute URL on this server, from the request's own origin (dev, preview, standalone). */
  function ownUrl(c: Context, path: string): string {
    return `${new URL(c.req.url).origin}${deps.basePath ?? ''}${path}`;
  }

  function respond(c: Context, body: RequestBody, model: string) {
    const previousId =
      typeof body.previous_response_id === 'string' ? body.previous_response_id : null;
    if (previousId !== null && !store.get(previousId)) {
      throw new HttpError(400, `Previous response with id '${previousId}' not found.`, {
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      });
    }
    const history = previousId ? store.conversationAfter(previousId) : [];
    const inputItems = normalizeInput(body.input);
    const input = summarizeInput(inputItems);
    const earlier = summarizeInput(history);
    const lastUserText = input.userTexts.at(-1) ?? '';
    const instructions = typeof body.instructions === 'string' ? body.instructions : '';
    const prose = replyText(model, lastUserText, () =>
      echoReply({ model, body, input, earlierUserTexts: earlier.userTexts }),
    );
    const turn = {
      model,
      body,
      inputItems,
      history,
      lastUserText,
      question: input.userTexts.at(-1) ?? earlier.userTexts.at(-1) ?? '',
      instructions,
      prose,
    };
    const isBackground = body.background === true;
    if (isBackground && body.store === false) {
      throw new HttpError(400, 'Background mode requires store=true', { param: 'background' });
    }
    // In background mode the generation never drops: the connection is not the response.
    const faulty = model === 'local-fail' || (model === 'local-drop' && !isBackground);
    // The fault models always stream the echo, so the fault always lands mid-answer.
    const items = faulty
      ? [message({ text: prose })]
      : model === HOSTILE_MODEL
        ? hostileOutput({ userText: lastUserText, beaconUrl: ownUrl(c, '/debug/beacon') })
        : planOutput(turn);
    const response = createResponseObject(body, newId('resp'), Math.floor(Date.now() / 1000));
    const pace = parsePace(c.req.header('x-local-pace'), defaultPace);
    const tokens = tokenize(prose).length;
    const streamOptions = (body.stream_options ?? {}) as { include_obfuscation?: unknown };
    const plan: Plan = {
      response,
      items,
      maxOutputTokens: typeof body.max_output_tokens === 'number' ? body.max_output_tokens : null,
      inputTokens: countTokens(instructions + toolText(body) + earlier.allText + input.allText),
      cachedTokens: countTokens(earlier.allText),
      obfuscate: streamOptions.include_obfuscation !== false,
      logprobs: includes(body, 'message.output_text.logprobs')
        ? { top: typeof body.top_logprobs === 'number' ? body.top_logprobs : 0 }
        : null,
      ...(isBackground ? { queued: true } : {}),
      ...(faulty
        ? {
            fault: {
              kind: model === 'local-drop' ? 'drop' : 'fail',
              afterTokens: Math.min(24, Math.floor(tokens / 2)),
            },
          }
        : {}),
    };
    const stored = body.store !== false;
    if (stored) store.put({ response, inputItems, history });
    const onEnd = (final: ApiResponse) => {
      if (stored) store.update(final.id, final);
    };

    if (isBackground) {
      const queued = { ...response, status: 'queued' as const };
      store.update(response.id, queued);
      const run = new BackgroundRun(queued, (snapshot) => store.update(snapshot.id, snapshot));
      background.add(response.id, run);
      void run.run(streamSteps(plan), pace);
      if (body.stream === true) return new Response(run.follow(-1), { headers: SSE_HEADERS });
      return c.json(queued);
    }
    if (body.stream === true) {
      return new Response(sseBody(streamSteps(plan), pace, onEnd), { headers: SSE_HEADERS });
    }
    return nonStreamed(c, plan, pace, onEnd);
  }

  /** Non-streamed: the same steps run to the end, after the time streaming would have taken. */
  async function nonStreamed(c: Context, plan: Plan, pace: Pace, onEnd: (r: ApiResponse) => void) {
    const steps = streamSteps(plan);
    let tokens = 0;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        const seconds = pace.tokensPerSecond ? tokens / pace.tokensPerSecond : 0;
        await sleep(pace === INSTANT ? 0 : pace.firstTokenMs + seconds * 1000, c.req.raw.signal);
        onEnd(next.value);
        if (next.value.status === 'failed') {
          const message = next.value.error?.message ?? 'The response failed.';
          throw new HttpError(500, message, { type: 'server_error', code: 'server_error' });
        }
        return c.json(next.value);
      }
      if (next.value.kind === 'drop') return cutConnection();
      if (next.value.paced) tokens++;
    }
  }

  return respond;
}

/** What the model reads besides the input: tool definitions and the output schema. */
function toolText(body: RequestBody): string {
  const format = (body.text as { format?: unknown } | undefined)?.format;
  return (body.tools ? JSON.stringify(body.tools) : '') + (format ? JSON.stringify(format) : '');
}

/** A body that fails before it completes: the client sees the connection cut. */
function cutConnection(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":"resp_'));
      controller.error(new Error('local-drop: the connection was cut on purpose'));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
