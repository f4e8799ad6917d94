/**
 * Every recorded stream of the reference pack, replayed through the app's own pipeline
 * (readSse → parseEventData → reduceEvent) and rendered item by item with OutputItemView, at the
 * states the stream passed through (partial arguments, partial images, growing text) and at its end.
 */
import { render, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { isRecord, parseEventData } from '@/api/events/parse-event.ts';
import { reduceEvent } from '@/api/events/reduce-event.ts';
import {
  initialStreamState,
  type OutputItem,
  type StreamState,
} from '@/api/events/stream-state.ts';
import { readSse } from '@/api/transport/sse-reader.ts';
import { reference } from '@/test/reference.ts';
import { recordsOf, stringsOf, textOf } from '../../lib/untrusted.ts';
import { OutputItemView } from '../output-item-view.tsx';

const SSE_DIR = reference('sse');
const FILES = readdirSync(SSE_DIR)
  .filter((name) => name.endsWith('.sse'))
  .sort();

/** Long streams are sampled: every event would re-render a 6,000-character answer 1,700 times. */
const SAMPLE_EVERY = 40;

interface Replay {
  final: StreamState;
  /** The state after every event (or a sample of the deltas of long streams). */
  states: StreamState[];
}

async function replay(name: string): Promise<Replay> {
  const bytes = new Uint8Array(readFileSync(`${SSE_DIR}/${name}`));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  let state = initialStreamState;
  let index = 0;
  const states: StreamState[] = [];
  await readSse(
    body,
    {
      onChunk: () => {},
      onMessage: (message, at) => {
        const event = parseEventData(index++, message.event, message.data, at);
        state = reduceEvent(state, event);
        const sampled = !event.type.endsWith('.delta') || index % SAMPLE_EVERY === 0;
        if (bytes.length < 50_000 || sampled) states.push(state);
      },
      onFramingError: (message) => {
        throw new Error(`framing error in ${name}: ${message}`);
      },
    },
    { now: () => index },
  );
  return { final: state, states };
}

function Items({ output }: { output: readonly OutputItem[] }) {
  return (
    <>
      {output.map((item, i) => (
        <OutputItemView key={item.id ?? i} item={item} />
      ))}
    </>
  );
}

/** Words of a markdown text that must survive rendering (link targets are not shown as text). */
function words(markdown: string): string[] {
  return markdown.replace(/\]\([^)]*\)/g, ']').match(/[\p{L}]{4,}/gu) ?? [];
}

function expectWordsShown(element: HTMLElement, markdown: string) {
  const shown = element.textContent;
  const missing = words(markdown).filter((word) => !shown.includes(word));
  expect(missing).toEqual([]);
}

/** Checks one finished item against its own JSON, by type. */
function expectItemShown(element: HTMLElement, item: Record<string, unknown>) {
  const view = within(element);
  const text = element.textContent;
  switch (item.type) {
    case 'message':
      for (const part of recordsOf(item.content)) {
        if (part.type === 'output_text') expectWordsShown(element, textOf(part.text) ?? '');
        if (part.type === 'refusal') expect(view.getByText('Refusal')).toBeInTheDocument();
        const annotations = recordsOf(part.annotations);
        if (annotations.length > 0) {
          const list = view.getByRole('list', { name: 'citations' });
          expect(within(list).getAllByRole('listitem')).toHaveLength(annotations.length);
          for (const annotation of annotations) {
            const name = textOf(annotation.filename) ?? textOf(annotation.title);
            if (name) expect(list).toHaveTextContent(name);
          }
        }
      }
      break;
    case 'reasoning': {
      const summary = recordsOf(item.summary);
      const shown = summary.length > 0 ? summary : recordsOf(item.content);
      for (const part of shown) expectWordsShown(element, textOf(part.text) ?? '');
      if (item.encrypted_content) expect(text).toContain('encrypted_content present');
      break;
    }
    case 'function_call': {
      expect(view.getByText(String(item.name))).toBeInTheDocument();
      expect(text).toContain(String(item.call_id));
      const args = JSON.parse(String(item.arguments)) as unknown;
      expect(element.querySelector('pre')?.textContent).toBe(JSON.stringify(args, null, 2));
      break;
    }
    case 'web_search_call': {
      const action = isRecord(item.action) ? item.action : {};
      for (const query of [textOf(action.query), ...stringsOf(action.queries)]) {
        if (query) expect(text).toContain(query);
      }
      const sources = recordsOf(action.sources);
      const links = element.querySelectorAll('a[href]');
      expect(links).toHaveLength(sources.length);
      break;
    }
    case 'file_search_call':
      for (const query of stringsOf(item.queries)) expect(text).toContain(query);
      for (const result of recordsOf(item.results)) {
        expect(text).toContain(textOf(result.filename) ?? textOf(result.file_id));
      }
      break;
    case 'code_interpreter_call': {
      const pres = Array.from(element.querySelectorAll('pre'), (pre) => pre.textContent);
      expect(pres).toContain(item.code);
      break;
    }
    case 'image_generation_call': {
      const img = view.getByRole('img');
      expect(img.getAttribute('src')).toMatch(/^data:image\/(png|webp|jpeg);base64,/);
      expect(img.getAttribute('src')).toContain(String(item.result).slice(0, 100));
      break;
    }
    case 'mcp_list_tools':
      expect(text).toContain(String(item.server_label));
      for (const tool of recordsOf(item.tools)) expect(text).toContain(String(tool.name));
      break;
    case 'mcp_call':
      expect(text).toContain(String(item.name));
      expect(text).toContain(String(item.server_label));
      if (typeof item.output === 'string') expect(text).toContain(item.output);
      break;
    default:
      throw new Error(`no expectations written for ${String(item.type)}`);
  }
}

let errors: MockInstance<typeof console.error>;
let warnings: MockInstance<typeof console.warn>;

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  errors.mockRestore();
  warnings.mockRestore();
});

describe('output items of the recorded streams', () => {
  it('finds the reference streams', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(17);
  });

  it.each(FILES)('%s renders every item at every step', { timeout: 60_000 }, async (name) => {
    const { final, states } = await replay(name);
    const { container, rerender } = render(<Items output={[]} />);
    const seen = new Set<string>();

    for (const state of states) {
      rerender(<Items output={state.output} />);
      const rendered = container.querySelectorAll<HTMLElement>('[data-testid="output-item"]');
      expect(rendered).toHaveLength(state.output.length);
      state.output.forEach((item, i) => {
        const element = rendered[i];
        if (!element) throw new Error('unreachable');
        expect(element).toHaveAttribute('data-item-type', item.type);
        const status: unknown = (item as { status?: unknown }).status;
        if (typeof status === 'string') {
          expect(within(element).getByTitle('status')).toHaveTextContent(status);
        }
        if (within(element).queryByText('partial JSON')) seen.add('partial JSON');
        if (within(element).queryByText('partial')) seen.add('partial image');
      });
    }

    rerender(<Items output={final.output} />);
    const rendered = container.querySelectorAll<HTMLElement>('[data-testid="output-item"]');
    expect(rendered).toHaveLength(final.output.length);
    final.output.forEach((item, i) => {
      const element = rendered[i];
      if (!element) throw new Error('unreachable');
      expectItemShown(element, item as unknown as Record<string, unknown>);
    });

    // The intermediate states are really shown: arguments as text until they parse, the partial
    // image with its label before the final one arrives.
    const text = readFileSync(`${SSE_DIR}/${name}`, 'utf8');
    if (text.includes('"response.function_call_arguments.delta"')) {
      expect(seen).toContain('partial JSON');
    }
    if (text.includes('"response.image_generation_call.partial_image"')) {
      expect(seen).toContain('partial image');
    }

    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
