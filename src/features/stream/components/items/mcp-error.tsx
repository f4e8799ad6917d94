import { BlockLabel } from './item-field.tsx';
import { JsonBlock, TextBlock } from './json-block.tsx';

/** An MCP error: a string as text, anything else as JSON. */
export function McpError({ error }: { error: unknown }) {
  return (
    <div className="flex flex-col gap-1 text-red-700 dark:text-red-400">
      <BlockLabel>error</BlockLabel>
      {typeof error === 'string' ? <TextBlock text={error} /> : <JsonBlock value={error} />}
    </div>
  );
}
