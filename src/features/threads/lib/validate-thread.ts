import type { Thread, Turn, TurnStatus } from './thread-types.ts';

// A record, so a status added to the type must be added here too.
const TURN_STATUS: Record<TurnStatus, true> = {
  completed: true,
  incomplete: true,
  background: true,
  failed: true,
  cancelled: true,
  'http-error': true,
  'network-error': true,
  'no-terminal-event': true,
  running: true,
  interrupted: true,
};
const TURN_STATUSES = new Set(Object.keys(TURN_STATUS));

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Thrown inside the validator only; `validateThread` turns it into a message. */
class ShapeError extends Error {}

function need(ok: boolean, where: string, what: string): void {
  if (!ok) throw new ShapeError(`${where}: ${what}`);
}

function checkTurn(value: unknown, where: string): asserts value is Turn {
  need(isObj(value), where, 'expected an object');
  const t = value as Obj;
  need(typeof t.id === 'string' && t.id !== '', `${where}.id`, 'expected a non-empty string');
  need(isStrOrNull(t.parentId), `${where}.parentId`, 'expected a string or null');
  need(isNum(t.createdAt), `${where}.createdAt`, 'expected a number');
  need(isObj(t.request), `${where}.request`, 'expected an object');
  need(
    Number.isInteger(t.historyItems) && (t.historyItems as number) >= 0,
    `${where}.historyItems`,
    'expected a whole number ≥ 0',
  );
  need(
    typeof t.status === 'string' && TURN_STATUSES.has(t.status),
    `${where}.status`,
    `expected one of ${[...TURN_STATUSES].join(', ')}`,
  );
  need(isStrOrNull(t.responseId), `${where}.responseId`, 'expected a string or null');
  need(
    t.response === null || (isObj(t.response) && Array.isArray(t.response.output)),
    `${where}.response`,
    'expected a Response object (with an output array) or null',
  );
  need(Array.isArray(t.partialOutput), `${where}.partialOutput`, 'expected an array');
  need(
    t.error === null || (isObj(t.error) && typeof t.error.message === 'string'),
    `${where}.error`,
    'expected {message} or null',
  );
  const m = t.metrics;
  need(
    isObj(m) &&
      isNumOrNull(m.firstEventMs) &&
      isNumOrNull(m.durationMs) &&
      isNum(m.eventCount) &&
      (m.headersMs === undefined || isNumOrNull(m.headersMs)) &&
      (m.httpStatus === undefined || isNumOrNull(m.httpStatus)),
    `${where}.metrics`,
    'expected {firstEventMs, durationMs, eventCount, headersMs?, httpStatus?}',
  );
  need(typeof t.eventsSaved === 'boolean', `${where}.eventsSaved`, 'expected true or false');
}

function checkThread(value: unknown, where: string): asserts value is Thread {
  need(isObj(value), where, 'expected an object');
  const t = value as Obj;
  need(typeof t.id === 'string' && t.id !== '', `${where}.id`, 'expected a non-empty string');
  need(typeof t.title === 'string', `${where}.title`, 'expected a string');
  need(isNum(t.createdAt), `${where}.createdAt`, 'expected a number');
  need(isNum(t.updatedAt), `${where}.updatedAt`, 'expected a number');
  need(Array.isArray(t.turns), `${where}.turns`, 'expected an array');
  const ids = new Set<string>();
  (t.turns as unknown[]).forEach((turn, i) => {
    checkTurn(turn, `${where}.turns[${i}]`);
    need(!ids.has(turn.id), `${where}.turns[${i}].id`, `duplicate turn id “${turn.id}”`);
    ids.add(turn.id);
  });
  (t.turns as Turn[]).forEach((turn, i) => {
    need(
      turn.parentId === null || ids.has(turn.parentId),
      `${where}.turns[${i}].parentId`,
      `names no turn of this thread (“${turn.parentId}”)`,
    );
  });
  need(
    t.leafId === null || (typeof t.leafId === 'string' && ids.has(t.leafId)),
    `${where}.leafId`,
    'expected null or the id of one of its turns',
  );
  need(
    t.historyMode === 'server' || t.historyMode === 'client',
    `${where}.historyMode`,
    'expected "server" or "client"',
  );
}

/** Null when `value` is a well-formed thread; otherwise where and what is wrong. */
export function validateThread(value: unknown, where = 'thread'): string | null {
  try {
    checkThread(value, where);
    return null;
  } catch (error) {
    if (error instanceof ShapeError) return error.message;
    throw error;
  }
}
