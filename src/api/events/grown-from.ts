import type { ReceivedEvent } from './parse-event.ts';

/**
 * Where `next` starts to differ from `previous` when it only grew (a stream appends, it never
 * edits): the count of events already seen; 0 when it is another list (a new run). Lets a pass
 * over every event be redone over the new events only, so a frame's work does not grow with
 * the length of the stream.
 */
export function grownFrom(
  previous: readonly ReceivedEvent[],
  next: readonly ReceivedEvent[],
): number {
  const n = previous.length;
  if (n === 0 || next.length < n) return 0;
  return next[0] === previous[0] && next[n - 1] === previous[n - 1] ? n : 0;
}

/**
 * Whether `earlier` is a state `list` went through: a non-empty start of it. A panel that renders
 * a frame late asks about such a list after a reader has already read further.
 */
export function isEarlierState(
  list: readonly ReceivedEvent[],
  earlier: readonly ReceivedEvent[],
): boolean {
  return grownFrom(earlier, list) > 0;
}
