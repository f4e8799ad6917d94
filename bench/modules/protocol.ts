import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { Stream } from 'openai/core/streaming';
import { parseEventData, type ReceivedEvent } from '@/api/events/parse-event.ts';
import { reduceEvents } from '@/api/events/reduce-event.ts';
import { initialStreamState } from '@/api/events/stream-state.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { readSse } from '@/api/transport/sse-reader.ts';
import { REFERENCE_DIR } from '@/test/reference.ts';
import { createLocalServer } from '../../server/app.ts';
import { INSTANT } from '../../server/pace.ts';
import type { BenchModule } from '../lib/module.ts';
import { median, round } from '../lib/stats.ts';
import { row, type Row } from '../lib/table.ts';
import { benchConnection, LONG_DELTAS, longStreamBody } from '../stream-request.ts';

/** Network-sized pieces: every pipeline gets the same bytes in the same chunks. */
const CHUNK = 16 * 1024;
/** Each timed round runs a pipeline at least this long; the figure is the median of the rounds. */
const ROUND_MS = 300;

type Streams = Uint8Array[][];
type Pipeline = (streams: Streams) => Promise<void>;

function chunked(bytes: Uint8Array): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  return chunks;
}

const body = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

const sseResponse = (chunks: Uint8Array[]) =>
  new Response(body(chunks), { headers: { 'content-type': 'text/event-stream' } });

/**
 * The app's whole path: fetch → status → reader → eventsource-parser → JSON → reducer, events
 * reduced a chunk at a time (the app reduces a frame's worth at a time).
 */
const appPipeline: Pipeline = async (streams) => {
  for (const chunks of streams) {
    let state = initialStreamState;
    let pending: ReceivedEvent[] = [];
    const reduce = () => {
      state = reduceEvents(state, pending);
      pending = [];
    };
    await sendResponse(benchConnection, longStreamBody, {
      fetchImpl: () => Promise.resolve(sseResponse(chunks)),
      origin: 'http://bench.local',
      handlers: { onChunk: reduce, onEvent: (event) => pending.push(event) },
    });
    reduce();
    if (state.eventCount === 0) throw new Error('app pipeline saw no events');
  }
};

/** The app's reader and JSON parsing, no reducer: the same work as the SDK's decoder. */
const appParsePipeline: Pipeline = async (streams) => {
  for (const chunks of streams) {
    let index = 0;
    await readSse(body(chunks), {
      onMessage: (message, at) => parseEventData(index++, message.event, message.data, at),
    });
  }
};

/** SSE framing alone: eventsource-parser fed the decoded chunks. */
const framingPipeline: Pipeline = (streams) => {
  for (const chunks of streams) {
    let events = 0;
    const parser = createParser({ onEvent: () => events++ });
    const decoder = new TextDecoder();
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    parser.feed('\n\n');
    if (events === 0) throw new Error('eventsource-parser saw no events');
  }
  return Promise.resolve();
};

/** The openai SDK's public decoder (what `stream: true` iterates): framing and JSON. */
const sdkPipeline: Pipeline = async (streams) => {
  for (const chunks of streams) {
    let events = 0;
    for await (const _ of Stream.fromSSEResponse(sseResponse(chunks), new AbortController()))
      events++;
    if (events === 0) throw new Error('the SDK saw no events');
  }
};

/** MB/s of each pipeline over the same streams: rounds interleaved, medians kept. */
async function throughput(
  streams: Streams,
  pipelines: Record<string, Pipeline>,
  rounds: number,
): Promise<Record<string, number>> {
  const bytes = streams.flat().reduce((n, c) => n + c.length, 0);
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(pipelines)) await pipelines[name]?.(streams); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(pipelines)) {
      let runs = 0;
      const start = performance.now();
      while (performance.now() - start < ROUND_MS || runs === 0) {
        await run(streams);
        runs++;
      }
      const seconds = (performance.now() - start) / 1000;
      (samples[name] ??= []).push((bytes * runs) / seconds / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/** The 20,000-delta stream the browser figures use, made by the local server in this process. */
async function longStream(): Promise<Uint8Array> {
  const { app } = createLocalServer({ pace: INSTANT });
  const response = await app.fetch(
    new Request('http://bench.local/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-key-bench' },
      body: JSON.stringify(longStreamBody),
    }),
  );
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The recorded transcripts the SDK decodes: it throws on an `error` event by design (two of the
 * recordings end so), which would cut its measurement short.
 */
function referenceStreams(): { streams: Streams; used: number; total: number } {
  const dir = join(REFERENCE_DIR, 'sse');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sse'));
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const usable = texts.filter((t) => !/^event: error$/m.test(t) && !/"type":"error"/.test(t));
  const encoder = new TextEncoder();
  return {
    streams: usable.map((t) => chunked(encoder.encode(t))),
    used: usable.length,
    total: files.length,
  };
}

export const protocolModule: BenchModule = {
  id: 'protocol',
  needs: { build: false, server: false },
  async run(ctx) {
    const pipelines = {
      app: appPipeline,
      'app reader + JSON': appParsePipeline,
      'eventsource-parser': framingPipeline,
      'openai SDK': sdkPipeline,
    };
    const long = await longStream();
    const reference = referenceStreams();
    const sets = [
      { name: `synthetic ${LONG_DELTAS}-delta stream`, streams: [chunked(long)] },
      { name: `${reference.used} reference transcripts`, streams: reference.streams },
    ];
    const rows: Row[] = [];
    const details: Record<string, unknown> = {};
    for (const set of sets) {
      const mbs = await throughput(set.streams, pipelines, Math.max(3, ctx.reps));
      ctx.log(
        `protocol: ${set.name}: ${Object.entries(mbs)
          .map(([k, v]) => `${k} ${round(v)} MB/s`)
          .join(', ')}`,
      );
      details[set.name] = mbs;
      const g = 'protocol';
      const speed = (value = 0) => ({ value, unit: 'MB/s' });
      const app = mbs.app ?? 0;
      rows.push(
        row(g, `${set.name}: app (reader, JSON, reducer)`, speed(app)),
        row(g, `${set.name}: eventsource-parser alone`, speed(mbs['eventsource-parser'])),
        row(g, `${set.name}: openai SDK decoder`, speed(mbs['openai SDK'])),
        row(g, `${set.name}: app ÷ eventsource-parser`, {
          value: app / (mbs['eventsource-parser'] ?? Number.NaN),
          unit: '×',
          digits: 2,
        }),
        row(g, `${set.name}: app ÷ openai SDK`, {
          value: app / (mbs['openai SDK'] ?? Number.NaN),
          unit: '×',
          digits: 2,
        }),
      );
    }
    const synthetic = details[sets[0]?.name ?? ''] as Record<string, number> | undefined;
    const notes = [
      `protocol: Node ${process.version}, ${CHUNK / 1024} KiB chunks, MB = 10^6 bytes of SSE; medians of ${Math.max(3, ctx.reps)} rounds of ≥ ${ROUND_MS} ms each. app = sendResponse (fetch stubbed: status, reader, eventsource-parser, secret masking, JSON) + reduceEvents per chunk; the openai SDK decoder is Stream.fromSSEResponse (framing + JSON). Synthetic stream: ${(long.length / 1e6).toFixed(1)} MB from local-long; reference: ${reference.used} of ${reference.total} recordings (the SDK throws on the two that carry an error event).`,
      `protocol: app reader + JSON without the reducer: ${round(synthetic?.['app reader + JSON'] ?? Number.NaN)} MB/s on the synthetic stream.`,
    ];
    return { rows, notes, details };
  },
};
