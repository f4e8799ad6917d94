import type { JsonOutputFormat } from './json-output-format.ts';
import type { StructuredOutputCheck } from './structured-output.ts';
import type { CheckRequest } from './structured-output.worker.ts';

interface Pending {
  resolve: (check: StructuredOutputCheck) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

/** One worker for the page, started on the first check (see structured-output.worker.ts). */
function start(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./structured-output.worker.ts', import.meta.url), {
    type: 'module',
    name: 'structured-output-check',
  });
  started.onmessage = (event: MessageEvent<{ id: number; check: StructuredOutputCheck }>) => {
    const { id, check } = event.data;
    pending.get(id)?.resolve(check);
    pending.delete(id);
  };
  // A worker that cannot start or crashes fails its checks (they say so) and is replaced next time.
  started.onerror = (event) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = null;
    failAll(new Error(event.message || 'the validator worker failed'));
  };
  worker = started;
  return started;
}

/** checkStructuredOutput, run in the validator worker. Rejects when the worker cannot run it. */
export function checkInWorker(
  format: JsonOutputFormat,
  text: string,
): Promise<StructuredOutputCheck> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    try {
      start().postMessage({ id, format, text } satisfies CheckRequest);
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
