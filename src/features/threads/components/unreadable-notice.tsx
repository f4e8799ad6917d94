import { Button } from '@/components/ui/button.tsx';
import { useThreadsStore } from '../threads-store.ts';
import { downloadText } from '@/lib/download-text.ts';

/** Saved threads this version could not read: left untouched in storage, offered as a file. */
export function UnreadableNotice() {
  const unreadable = useThreadsStore((s) => s.unreadable);
  if (unreadable.length === 0) return null;
  const tooNew = unreadable.filter((u) => u.reason === 'too-new').length;
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      <p>
        {unreadable.length} saved {unreadable.length === 1 ? 'thread' : 'threads'} could not be read
        {tooNew ? ` (${tooNew} saved by a newer version of the app)` : ''}. They are left untouched;
        everything else loaded.
      </p>
      <ul className="mt-1 list-disc pl-4">
        {unreadable.slice(0, 3).map((u) => (
          <li key={u.key} className="break-all">
            {u.key}: {u.message}
          </li>
        ))}
      </ul>
      <Button
        className="mt-1 text-xs"
        onClick={() =>
          downloadText(
            'responses-playground-unreadable-threads.json',
            JSON.stringify(
              unreadable.map(({ key, message, raw }) => ({ key, message, raw })),
              null,
              2,
            ),
          )
        }
      >
        Download raw data
      </Button>
    </div>
  );
}
