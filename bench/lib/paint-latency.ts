import { createParser } from 'eventsource-parser';
import type { ProbeResult } from './stream-probe.ts';

const ALNUM = /[^\p{L}\p{N}]/gu;

export interface PaintLatency {
  /** ms from a delta's arrival (its chunk reaching the page's JavaScript) to the first paint showing it. */
  latencies: number[];
  deltas: number;
  /** Deltas of only spaces or punctuation: not visible as such, so not timed. */
  invisible: number;
  /** Screen samples whose text could not be placed in the final text (should be 0). */
  unplaced: number;
}

/** Which chunk completed each text delta, in order. */
function deltasByChunk(result: ProbeResult): { delta: string; chunk: number }[] {
  const bytes = Buffer.from(result.bytesBase64, 'base64');
  const decoder = new TextDecoder();
  const found: { delta: string; chunk: number }[] = [];
  let chunk = 0;
  const parser = createParser({
    onEvent: (message) => {
      const payload = JSON.parse(message.data) as { type?: string; delta?: unknown };
      if (payload.type === 'response.output_text.delta' && typeof payload.delta === 'string')
        found.push({ delta: payload.delta, chunk });
    },
  });
  let offset = 0;
  result.byteLengths.forEach((length, index) => {
    chunk = index;
    parser.feed(decoder.decode(bytes.subarray(offset, offset + length), { stream: true }));
    offset += length;
  });
  return found;
}

const firstAfter = (sorted: readonly number[], t: number): number | undefined => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) > t) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
};

/**
 * Matches what reached the page with what reached the screen. Each delta's letters and digits
 * are placed in the final rendered text (markdown syntax and code-fence info strings are not
 * rendered, so they are skipped); each screen sample's tail is placed the same way; a delta is
 * painted by the first frame painted after a sample that reaches its place.
 */
export function paintLatency(result: ProbeResult): PaintLatency {
  const rendered = result.finalText;
  const deltas = deltasByChunk(result);
  const places: number[] = [];
  let j = 0;
  for (const { delta } of deltas) {
    for (const c of delta.replace(ALNUM, '')) if (rendered[j] === c) j++;
    places.push(j);
  }
  const samples: { at: number; reach: number }[] = [];
  let reach = 0;
  let unplaced = 0;
  for (const [at, tail] of result.tails) {
    if (tail === '') continue;
    const from = Math.max(0, reach - tail.length);
    let index = rendered.indexOf(tail, from);
    let length = tail.length;
    if (index < 0) {
      // The streaming tail can differ from the final text at its very end (a half-sent fence).
      length = Math.min(24, tail.length);
      index = rendered.indexOf(tail.slice(0, length), from);
    }
    if (index < 0) {
      unplaced++;
      continue;
    }
    reach = Math.max(reach, index + length);
    samples.push({ at, reach });
  }
  const latencies: number[] = [];
  let invisible = 0;
  let s = 0;
  let previous = 0;
  deltas.forEach(({ chunk }, k) => {
    const place = places[k] ?? 0;
    const visible = place > previous;
    previous = place;
    if (!visible) {
      invisible++;
      return;
    }
    while (s < samples.length && (samples[s]?.reach ?? 0) < place) s++;
    const sample = samples[s];
    const arrival = result.arrivals[chunk];
    if (!sample || arrival === undefined) return;
    const painted = firstAfter(result.paints, sample.at);
    if (painted !== undefined) latencies.push(painted - arrival);
  });
  return { latencies, deltas: deltas.length, invisible, unplaced };
}
