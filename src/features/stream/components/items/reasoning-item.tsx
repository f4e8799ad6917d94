import { memo } from 'react';
import type { ResponseReasoningItem } from 'openai/resources/responses/responses';
import { recordsOf, textOf, type Untrusted } from '../../lib/untrusted.ts';
import { MarkdownBlocks } from '../markdown-blocks.tsx';
import { ItemFrame } from './item-frame.tsx';

function texts(parts: unknown): string[] {
  return recordsOf(parts)
    .map((part) => textOf(part.text))
    .filter((text): text is string => text !== null && text !== '');
}

/**
 * Reasoning, collapsible: the summary parts as markdown; the raw reasoning text (open-weight
 * servers send it) only when there is no summary; encrypted content only as a note.
 */
export const ReasoningItem = memo(function ReasoningItem({
  item,
}: {
  item: Untrusted<ResponseReasoningItem>;
}) {
  const summary = texts(item.summary);
  const raw = summary.length === 0 ? texts(item.content) : [];
  const encrypted = textOf(item.encrypted_content);
  return (
    <ItemFrame type="reasoning" status={item.status}>
      <details open className="text-zinc-600 dark:text-zinc-400">
        <summary className="cursor-pointer text-xs font-semibold text-zinc-500">
          {summary.length > 0
            ? `Summary (${summary.length} ${summary.length === 1 ? 'part' : 'parts'})`
            : raw.length > 0
              ? 'Reasoning text'
              : 'Reasoning'}
        </summary>
        <div className="mt-1 flex flex-col gap-2">
          {summary.map((text, i) => (
            <MarkdownBlocks key={i} text={text} />
          ))}
          {raw.map((text, i) => (
            <MarkdownBlocks key={i} text={text} />
          ))}
          {summary.length === 0 && raw.length === 0 && (
            <p className="text-xs text-zinc-500">(no summary)</p>
          )}
        </div>
      </details>
      {encrypted && (
        <p className="text-xs text-zinc-500">
          encrypted_content present ({encrypted.length.toLocaleString('en')} characters, opaque)
        </p>
      )}
    </ItemFrame>
  );
});
