import { wantsUppercase } from './echo-reply.ts';
import { newId } from './ids.ts';
import { codeInterpreterCall, fileSearchCall, webSearchCall } from './items/hosted-tools.ts';
import { imageGenerationCall } from './items/image-generation-item.ts';
import type { OutputItemPlan } from './items/item-context.ts';
import type { Annotation, PlannedAnnotation } from './items/message-item.ts';
import { stableId } from './prng.ts';
import type { HostedTool } from './tool-match.ts';
import { finalMessage, includes, type Turn } from './turn.ts';

/**
 * The hosted tools, simulated: each makes its call item (the events of its recording) and a
 * message that says plainly that nothing real happened ("Local simulation").
 */

export interface Planned {
  items: OutputItemPlan[];
  /** What the model does, for the reasoning summary ("run a simulated web search"). */
  intent: string;
}

export const SIMULATION_NOTE = '**Local simulation**';

/** Message text with citations: annotation indexes follow the text as it is built. */
class CitedText {
  text = '';
  readonly annotations: PlannedAnnotation[] = [];
  constructor(private readonly upper: boolean) {}

  prose(text: string): this {
    this.text += this.upper ? text.toUpperCase() : text;
    return this;
  }

  /** Text kept as it is (ids, names). */
  raw(text: string): this {
    this.text += text;
    return this;
  }

  cite(text: string, annotation: (start: number, end: number) => Annotation): this {
    const start = this.text.length;
    this.text += text;
    this.annotations.push({
      annotation: annotation(start, this.text.length),
      at: this.text.length,
    });
    return this;
  }
}

function query(turn: Turn): string {
  return turn.question.replace(/\s+/g, ' ').trim().slice(0, 200) || 'your question';
}

function slug(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 6).join('-') || 'query';
}

function option(config: Record<string, unknown>, key: string, fallback: string): string {
  const value = config[key];
  return typeof value === 'string' && value !== 'auto' ? value : fallback;
}

function webSearch(turn: Turn): Planned {
  const q = query(turn);
  const urls = [1, 2].map((n) => `https://example.com/local-simulation/${slug(q)}/${n}`);
  const text = new CitedText(wantsUppercase(turn.instructions)).prose(
    `${SIMULATION_NOTE}: no web search was made; these results are made up by the local server.\n\n`,
  );
  urls.forEach((url, i) => {
    text.prose(`${i + 1}. `);
    // Alphabetical keys after `type`, as the real API sends annotations.
    text.cite(`[Local simulation result ${i + 1}](${url})`, (start, end) => ({
      type: 'url_citation',
      end_index: end,
      start_index: start,
      title: `Local simulation: result ${i + 1} for “${q}”`,
      url,
    }));
    text.prose(i === 0 ? ' would be the first page to read.\n' : ' would add a second view.\n');
  });
  text.prose(`\nSearched for: “${q}”.`);
  const sources = includes(turn.body, 'web_search_call.action.sources') ? urls : null;
  return {
    items: [webSearchCall({ query: q, sources }), finalMessage(turn, text.text, text.annotations)],
    intent: `run a simulated web search for “${q}” and cite made-up example.com pages`,
  };
}

function fileSearch(turn: Turn, config: Record<string, unknown>): Planned {
  const q = query(turn);
  const stores = Array.isArray(config.vector_store_ids) ? config.vector_store_ids.map(String) : [];
  const files = ['local-simulation-notes.txt', 'local-simulation-readme.md'].map((filename) => ({
    filename,
    file_id: stableId('file-', filename, 22),
  }));
  const [notes, readme] = files as [(typeof files)[0], (typeof files)[0]];
  const text = new CitedText(wantsUppercase(turn.instructions))
    .prose(`${SIMULATION_NOTE}: no vector store was searched; the files below are made up.\n\n`)
    .prose('The simulated file ')
    .raw(notes.filename)
    .prose(' says the local server cannot read real files');
  const cite = (file: typeof notes, index: number) => ({
    annotation: {
      type: 'file_citation' as const,
      file_id: file.file_id,
      filename: file.filename,
      index,
    },
    at: index,
  });
  const annotations = [cite(notes, text.text.length)];
  text.prose('. The simulated file ').raw(readme.filename);
  text.prose(' lists the vector stores you named: ').raw(stores.join(', ') || 'none');
  annotations.push(cite(readme, text.text.length));
  text.prose(`.\n\nSearched for: “${q}”.`);
  const results = includes(turn.body, 'file_search_call.results')
    ? files.map((file, i) => ({
        attributes: {},
        file_id: file.file_id,
        filename: file.filename,
        score: i === 0 ? 0.92 : 0.61,
        text: `Local simulation: made-up passage ${i + 1} for “${q}”.`,
      }))
    : null;
  return {
    items: [fileSearchCall({ queries: [q], results }), finalMessage(turn, text.text, annotations)],
    intent: `search the files (a simulation: made-up files) for “${q}”`,
  };
}

function codeInterpreter(turn: Turn, config: Record<string, unknown>): Planned {
  const question = turn.question;
  const words = question.trim().split(/\s+/).filter(Boolean).length;
  const logs = `${words} words, ${[...question].length} characters\n`;
  const code = [
    '# Local simulation: the local server does not run this code.',
    `question = ${JSON.stringify(question)}`,
    'words = question.split()',
    'print(f"{len(words)} words, {len(question)} characters")',
  ].join('\n');
  const containerId = typeof config.container === 'string' ? config.container : newId('cntr');
  const outputs = includes(turn.body, 'code_interpreter_call.outputs')
    ? [{ type: 'logs' as const, logs }]
    : null;
  const prose = `${SIMULATION_NOTE}: the code above was not run. The local server worked out what it would print:\n\n\`\`\`text\n${logs}\`\`\``;
  return {
    items: [codeInterpreterCall({ code, containerId, outputs }), finalMessage(turn, prose)],
    intent: 'write a little Python for the code interpreter (a simulation: nothing runs)',
  };
}

function imageGeneration(turn: Turn, config: Record<string, unknown>): Planned {
  const q = query(turn);
  const partial = typeof config.partial_images === 'number' && config.partial_images >= 1;
  const spec = {
    revisedPrompt: `Local simulation: a fixed 16×16 placeholder PNG, not a generated image, for “${q}”.`,
    partial,
    size: option(config, 'size', '1024x1024'),
    quality: option(config, 'quality', 'medium'),
    background: option(config, 'background', 'opaque'),
  };
  const prose = `${SIMULATION_NOTE}: no image was generated. The image above is a fixed 16×16 placeholder PNG.`;
  return {
    items: [imageGenerationCall(spec), finalMessage(turn, prose)],
    intent: `call the image generator for “${q}” (a simulation: a placeholder PNG)`,
  };
}

/** The items for a hosted tool (MCP has its own module: it may wait for an approval). */
export function planHostedTool(
  turn: Turn,
  tool: HostedTool & { kind: Exclude<HostedTool['kind'], 'mcp'> },
): Planned {
  switch (tool.kind) {
    case 'web_search':
      return webSearch(turn);
    case 'file_search':
      return fileSearch(turn, tool.config);
    case 'code_interpreter':
      return codeInterpreter(turn, tool.config);
    case 'image_generation':
      return imageGeneration(turn, tool.config);
  }
}
