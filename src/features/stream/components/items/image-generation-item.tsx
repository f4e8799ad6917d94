import { memo } from 'react';
import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { Badge } from '@/components/ui/badge.tsx';
import { base64ImageSrc } from '../../lib/safe-url.ts';
import { textOf, type Untrusted } from '../../lib/untrusted.ts';
import { ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';

/**
 * Generated images are the tool's own bytes, not a URL from the model, and a high-quality PNG is
 * several MB: they get a larger cap than data images in markdown.
 */
const MAX_GENERATED_IMAGE_BYTES = 32 * 1024 * 1024;

type ImageGenerationCall = Untrusted<
  ResponseOutputItem.ImageGenerationCall & {
    /** Playground-only: the latest partial image, kept by the reducer until `result` arrives. */
    partial_image_b64: string;
    output_format: string;
    revised_prompt: string;
    size: string;
    quality: string;
    background: string;
  }
>;

/** Image generation: the final image, or the latest partial one while it is generated. */
export const ImageGenerationItem = memo(function ImageGenerationItem({
  item,
}: {
  item: ImageGenerationCall;
}) {
  const final = base64ImageSrc(item.result, item.output_format, MAX_GENERATED_IMAGE_BYTES);
  const partial =
    final.kind === 'blocked'
      ? base64ImageSrc(item.partial_image_b64, item.output_format, MAX_GENERATED_IMAGE_BYTES)
      : null;
  const shown = final.kind === 'blocked' ? partial : final;
  const prompt = textOf(item.revised_prompt);
  const meta = (['size', 'quality', 'background', 'output_format'] as const)
    .map((key) => textOf(item[key]))
    .filter(Boolean)
    .join(' · ');
  return (
    <ItemFrame
      type="image_generation_call"
      status={item.status}
      title={shown === partial && partial?.kind === 'data' && <Badge tone="info">partial</Badge>}
    >
      {shown?.kind === 'data' ? (
        <img
          src={shown.src}
          alt={prompt ?? 'generated image'}
          className="max-h-[32rem] max-w-full self-start rounded"
        />
      ) : shown?.kind === 'too-large' ? (
        <p className="text-xs text-zinc-500">
          Image too large to show ({(shown.bytes / 1024 / 1024).toFixed(1)} MB).
        </p>
      ) : (
        <p className="text-xs text-zinc-500">
          {item.status === 'failed' ? 'No image.' : 'Generating…'}
        </p>
      )}
      {meta && <p className="font-mono text-[11px] text-zinc-500">{meta}</p>}
      {prompt && <ItemField label="revised_prompt">{prompt}</ItemField>}
    </ItemFrame>
  );
});
