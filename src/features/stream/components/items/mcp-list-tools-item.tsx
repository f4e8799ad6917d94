import { memo } from 'react';
import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { recordsOf, textOf, type Untrusted } from '../../lib/untrusted.ts';
import { ItemFrame } from './item-frame.tsx';
import { JsonBlock } from './json-block.tsx';
import { McpError } from './mcp-error.tsx';

/** The tools a remote MCP server offers: name, description, and the input schema on demand. */
export const McpListToolsItem = memo(function McpListToolsItem({
  item,
}: {
  item: Untrusted<ResponseOutputItem.McpListTools & { status: string }>;
}) {
  const tools = recordsOf(item.tools);
  const error = item.error;
  return (
    <ItemFrame
      type="mcp_list_tools"
      status={item.status ?? (error ? 'failed' : undefined)}
      title={
        <strong className="font-mono">{textOf(item.server_label) ?? '(no server_label)'}</strong>
      }
    >
      {error != null && <McpError error={error} />}
      {tools.length === 0 ? (
        <p className="text-xs text-zinc-500">(no tools listed)</p>
      ) : (
        <ul aria-label="tools" className="flex flex-col gap-1 text-xs">
          {tools.map((tool, i) => (
            <li key={i}>
              <strong className="font-mono">{textOf(tool.name) ?? '(no name)'}</strong>
              {textOf(tool.description) && (
                <p className="whitespace-pre-line text-zinc-600 dark:text-zinc-400">
                  {textOf(tool.description)?.trim()}
                </p>
              )}
              {tool.input_schema !== undefined && (
                <details>
                  <summary className="cursor-pointer text-zinc-500">input_schema</summary>
                  <JsonBlock value={tool.input_schema} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </ItemFrame>
  );
});
