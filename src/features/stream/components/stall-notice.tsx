import { useStall } from '../hooks/use-stall.ts';

/** "No bytes for N s — still waiting", while an active run has been silent too long. */
export function StallNotice() {
  const seconds = useStall();
  if (seconds === null) return null;
  return (
    <p
      role="status"
      data-testid="stall-notice"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      No bytes for {seconds} s — still waiting
    </p>
  );
}
