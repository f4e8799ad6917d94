import { memo } from 'react';
import { isRecord } from '@/api/events/parse-event.ts';
import { ItemFrame } from './item-frame.tsx';
import { JsonBlock } from './json-block.tsx';

/** Any item without a renderer (or not even an object): its type, and the raw JSON. */
export const UnknownItem = memo(function UnknownItem({
  item,
  note,
}: {
  item: unknown;
  note?: string;
}) {
  const record = isRecord(item) ? item : null;
  const type = typeof record?.type === 'string' && record.type !== '' ? record.type : 'unknown';
  return (
    <ItemFrame type={type} status={record?.status}>
      {note && <p className="text-xs text-amber-700 dark:text-amber-400">{note}</p>}
      <JsonBlock value={item} />
    </ItemFrame>
  );
});
