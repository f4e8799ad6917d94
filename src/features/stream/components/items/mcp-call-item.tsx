import { memo } from 'react';
import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { textOf, type Untrusted } from '../../lib/untrusted.ts';
import { BlockLabel, ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';
import { JsonTextView } from './json-text-view.tsx';
import { McpError } from './mcp-error.tsx';

/** A call of a remote MCP tool: which tool on which server, the arguments, and what came back. */
export const McpCallItem = memo(function McpCallItem({
  item,
}: {
  item: Untrusted<ResponseOutputItem.McpCall>;
}) {
  const approval = textOf(item.approval_request_id);
  const streaming = item.status === 'in_progress' || item.status === 'calling';
  return (
    <ItemFrame
      type="mcp_call"
      status={item.status ?? (item.error != null ? 'failed' : undefined)}
      title={
        <>
          <strong className="font-mono">{textOf(item.name) ?? '(no name)'}</strong>
          <span className="font-mono text-zinc-500">on {textOf(item.server_label) ?? '?'}</span>
        </>
      }
    >
      {approval && (
        <ItemField label="approval_request_id">
          <span className="font-mono">{approval}</span>
        </ItemField>
      )}
      <BlockLabel>arguments</BlockLabel>
      <JsonTextView text={item.arguments} streaming={streaming} empty="(no arguments yet)" />
      {item.output != null && (
        <>
          <BlockLabel>output</BlockLabel>
          <JsonTextView text={item.output} streaming={false} notJsonLabel={null} />
        </>
      )}
      {item.error != null && <McpError error={item.error} />}
    </ItemFrame>
  );
});
