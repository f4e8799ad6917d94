import { memo } from 'react';
import type { ResponseCodeInterpreterToolCall } from 'openai/resources/responses/responses';
import { classifyImageSource } from '../../lib/safe-url.ts';
import { recordsOf, textOf, type Untrusted } from '../../lib/untrusted.ts';
import { SafeLink } from '../safe-link.tsx';
import { BlockLabel, ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';
import { JsonBlock, TextBlock } from './json-block.tsx';

/** An image output: drawn only from a data: URL; a remote one (it needs auth anyway) is a link. */
function ImageOutput({ url }: { url: unknown }) {
  const image = classifyImageSource(url);
  if (image.kind === 'data') return <img src={image.src} alt="code interpreter output" />;
  return (
    <ItemField label="image">
      {image.kind === 'too-large' ? 'data image too large to show' : <SafeLink url={url} />}
    </ItemField>
  );
}

/** Hosted Python: the code as it streams, then its logs and images. */
export const CodeInterpreterItem = memo(function CodeInterpreterItem({
  item,
}: {
  item: Untrusted<ResponseCodeInterpreterToolCall>;
}) {
  const code = textOf(item.code) ?? '';
  const container = textOf(item.container_id);
  return (
    <ItemFrame type="code_interpreter_call" status={item.status}>
      {container && (
        <ItemField label="container_id">
          <span className="font-mono">{container}</span>
        </ItemField>
      )}
      {code ? <TextBlock text={code} /> : <p className="text-xs text-zinc-500">(no code yet)</p>}
      {recordsOf(item.outputs).map((output, i) =>
        output.type === 'logs' ? (
          <div key={i} className="flex flex-col gap-1">
            <BlockLabel>logs</BlockLabel>
            <TextBlock text={textOf(output.logs) ?? ''} />
          </div>
        ) : output.type === 'image' ? (
          <ImageOutput key={i} url={output.url} />
        ) : (
          <JsonBlock key={i} value={output} />
        ),
      )}
    </ItemFrame>
  );
});
