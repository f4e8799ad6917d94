import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { newId } from '../ids.ts';
import type { OutputItemPlan } from './item-context.ts';

/**
 * The placeholder "generated" image: a 16×16 PNG (teal, a white L for "local", an orange
 * corner), made once offline and embedded, so the server needs no image or zlib code.
 */
export const PLACEHOLDER_PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJ0lEQVR42mPgndJBEP0sFoMjBjpq+A8DVNCAjEY14AIDpYFIRHsNAFKhhmDsd+cuAAAAAElFTkSuQmCC';

/** The partial image: the same picture, blocky and washed out. */
export const PARTIAL_PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR42mPIWreCIHowNx+OGAa5hsdIAJfmUQ301YBL8yDUAACmY/0QFYx3WAAAAABJRU5ErkJggg==';

export interface ImageGenerationSpec {
  revisedPrompt: string;
  /** Send one `partial_image` event (the tool's `partial_images` ≥ 1). */
  partial: boolean;
  size: string;
  quality: string;
  background: string;
}

type ImageGenerationCall = Extract<ResponseOutputItem, { type: 'image_generation_call' }>;

/**
 * An image_generation_call, as in openai-image-generation.sse: output_item.added → in_progress →
 * generating → partial_image (when asked) → completed → output_item.done with the image.
 */
export function imageGenerationCall(spec: ImageGenerationSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('ig');
    const output_index = ctx.outputIndex;
    const where = { item_id: id, output_index };
    const added = { id, type: 'image_generation_call', status: 'in_progress' };
    yield ctx.emit({ type: 'response.output_item.added', output_index, item: added });
    yield ctx.emit({ type: 'response.image_generation_call.in_progress', ...where });
    yield ctx.emit({ type: 'response.image_generation_call.generating', ...where });
    const look = {
      size: spec.size,
      quality: spec.quality,
      background: spec.background,
      output_format: 'png',
    };
    if (spec.partial) {
      yield ctx.emit({
        type: 'response.image_generation_call.partial_image',
        ...where,
        partial_image_index: 0,
        partial_image_b64: PARTIAL_PNG_B64,
        ...look,
      });
    }
    yield ctx.emit({ type: 'response.image_generation_call.completed', ...where });
    // Key order as recorded.
    const item = {
      id,
      type: 'image_generation_call',
      status: 'completed',
      background: look.background,
      output_format: look.output_format,
      quality: look.quality,
      result: PLACEHOLDER_PNG_B64,
      revised_prompt: spec.revisedPrompt,
      size: look.size,
    } as ImageGenerationCall;
    yield ctx.emit({ type: 'response.output_item.done', output_index, item });
    return { item, stop: null };
  };
}
