import { memo, type ReactNode } from 'react';
import type { OutputItem } from '@/api/events/stream-state.ts';
import { isRecord } from '@/api/events/parse-event.ts';
import { CodeInterpreterItem } from './items/code-interpreter-item.tsx';
import { FileSearchItem } from './items/file-search-item.tsx';
import { FunctionCallItem } from './items/function-call-item.tsx';
import { ImageGenerationItem } from './items/image-generation-item.tsx';
import { ItemErrorBoundary } from './items/item-error-boundary.tsx';
import {
  McpApprovalRequestItem,
  type ApprovalHandler,
} from './items/mcp-approval-request-item.tsx';
import { McpCallItem } from './items/mcp-call-item.tsx';
import { McpListToolsItem } from './items/mcp-list-tools-item.tsx';
import { MessageItem } from './items/message-item.tsx';
import { ReasoningItem } from './items/reasoning-item.tsx';
import { UnknownItem } from './items/unknown-item.tsx';
import { WebSearchItem } from './items/web-search-item.tsx';

function renderItem(item: unknown, onApproval: ApprovalHandler | undefined): ReactNode {
  // Items are untrusted JSON; renderers read every field defensively, so a record is all they need.
  if (!isRecord(item)) return <UnknownItem item={item} />;
  switch (item.type) {
    case 'message':
      return <MessageItem item={item} />;
    case 'reasoning':
      return <ReasoningItem item={item} />;
    case 'function_call':
      return <FunctionCallItem item={item} />;
    case 'web_search_call':
      return <WebSearchItem item={item} />;
    case 'file_search_call':
      return <FileSearchItem item={item} />;
    case 'code_interpreter_call':
      return <CodeInterpreterItem item={item} />;
    case 'image_generation_call':
      return <ImageGenerationItem item={item} />;
    case 'mcp_list_tools':
      return <McpListToolsItem item={item} />;
    case 'mcp_call':
      return <McpCallItem item={item} />;
    case 'mcp_approval_request':
      return <McpApprovalRequestItem item={item} onApproval={onApproval} />;
    default:
      return <UnknownItem item={item} />;
  }
}

/** One output item, by type. Types without a renderer show as JSON, never as a crash. */
export const OutputItemView = memo(function OutputItemView({
  item,
  onApproval,
}: {
  item: OutputItem;
  /** Answers an mcp_approval_request; without it the Approve and Deny buttons are disabled. */
  onApproval?: ApprovalHandler;
}) {
  return <ItemErrorBoundary item={item}>{renderItem(item, onApproval)}</ItemErrorBoundary>;
});
