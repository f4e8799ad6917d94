import { memo } from 'react';
import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { Button } from '@/components/ui/button.tsx';
import { textOf, type Untrusted } from '../../lib/untrusted.ts';
import { ItemFrame } from './item-frame.tsx';
import { JsonTextView } from './json-text-view.tsx';

export type ApprovalHandler = (requestId: string, approve: boolean) => void;

/** The model wants to call an MCP tool that needs approval: what it would call, and the answer. */
export const McpApprovalRequestItem = memo(function McpApprovalRequestItem({
  item,
  onApproval,
}: {
  item: Untrusted<ResponseOutputItem.McpApprovalRequest & { status: string }>;
  onApproval?: ApprovalHandler | undefined;
}) {
  const id = textOf(item.id);
  // Without a handler (or an id to answer) the buttons would do nothing: say so by disabling them.
  const disabled = !onApproval || id === null;
  return (
    <ItemFrame
      type="mcp_approval_request"
      status={item.status}
      title={
        <>
          <strong className="font-mono">{textOf(item.name) ?? '(no name)'}</strong>
          <span className="font-mono text-zinc-500">on {textOf(item.server_label) ?? '?'}</span>
        </>
      }
    >
      <JsonTextView text={item.arguments} streaming={false} empty="(no arguments)" />
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={disabled}
          onClick={() => id !== null && onApproval?.(id, true)}
        >
          Approve
        </Button>
        <Button
          variant="danger"
          disabled={disabled}
          onClick={() => id !== null && onApproval?.(id, false)}
        >
          Deny
        </Button>
      </div>
    </ItemFrame>
  );
});
