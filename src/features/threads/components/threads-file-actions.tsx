import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { downloadText } from '@/lib/download-text.ts';
import { parseThreadsFile, threadsFileText } from '../lib/thread-file.ts';
import { sortByLastUse } from '../lib/thread-tree.ts';
import { useThreadsStore } from '../threads-store.ts';

/** Export every thread as one JSON file; import one back (all or nothing). */
export function ThreadsFileActions() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const onExport = () => {
    const threads = sortByLastUse(Object.values(useThreadsStore.getState().threads));
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`responses-playground-threads-${day}.json`, threadsFileText(threads));
  };
  const onFile = async (file: File) => {
    const parsed = parseThreadsFile(await file.text(), file.size);
    if (!parsed.ok) {
      setMessage({ error: true, text: `${file.name} was not imported: ${parsed.error}` });
      return;
    }
    const ids = useThreadsStore.getState().threadsAdded(parsed.threads);
    setMessage({
      error: false,
      text: `Imported ${ids.length} ${ids.length === 1 ? 'thread' : 'threads'}.`,
    });
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-1">
        <Button className="flex-1 text-xs" onClick={onExport}>
          Export threads
        </Button>
        <Button className="flex-1 text-xs" onClick={() => input.current?.click()}>
          Import threads
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-label="Import threads file"
          className="hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`text-xs ${message.error ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
