import { memo } from 'react';
import type { ResponseFunctionToolCall } from 'openai/resources/responses/responses';
import { textOf, type Untrusted } from '../../lib/untrusted.ts';
import { ItemField } from './item-field.tsx';
import { ItemFrame } from './item-frame.tsx';
import { JsonTextView } from './json-text-view.tsx';

/** A call of one of the request's functions: name, call_id and the arguments. */
export const FunctionCallItem = memo(function FunctionCallItem({
  item,
}: {
  item: Untrusted<ResponseFunctionToolCall>;
}) {
  return (
    <ItemFrame
      type="function_call"
      status={item.status}
      title={<strong className="font-mono">{textOf(item.name) ?? '(no name)'}</strong>}
    >
      <ItemField label="call_id">
        <span className="font-mono">{textOf(item.call_id) ?? '–'}</span>
      </ItemField>
      <JsonTextView
        text={item.arguments}
        streaming={item.status === 'in_progress'}
        empty="(no arguments yet)"
      />
    </ItemFrame>
  );
});
