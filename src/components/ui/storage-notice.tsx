import { useStorageNotice } from '@/stores/safe-storage.ts';

/** A banner while the browser refuses to save. */
export function StorageNotice() {
  const failure = useStorageNotice((s) => s.failure);
  if (!failure) return null;
  return (
    <p
      role="alert"
      className="border-b border-amber-300 bg-amber-50 px-4 py-1.5 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      {failure}
    </p>
  );
}
