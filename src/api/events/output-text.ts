import type { OutputItem } from './stream-state.ts';

/** The concatenated `output_text` of all message items, like the SDK's `output_text`. */
export function outputText(output: readonly OutputItem[]): string {
  let text = '';
  for (const item of output) {
    // Items and parts are untrusted JSON: a hostile stream can put null or a string there.
    if (item?.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as unknown[]) {
      if (typeof part !== 'object' || part === null) continue;
      const { type, text: partText } = part as { type?: unknown; text?: unknown };
      if (type === 'output_text' && typeof partText === 'string') text += partText;
    }
  }
  return text;
}
